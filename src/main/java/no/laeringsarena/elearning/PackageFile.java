package no.laeringsarena.elearning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** One file of a package, by its safe relative path, with the type it is served as. */
@Entity
@Table(name = "elearning_package_file")
@NamedQuery(name = "PackageFile.byKeyAndPath",
        query = "SELECT f FROM PackageFile f WHERE f.elearningPackage.publicKey = :key AND f.path = :path")
public class PackageFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "package_id")
    private ElearningPackage elearningPackage;

    @Column(nullable = false, length = 1000)
    private String path;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false)
    private byte[] data;

    protected PackageFile() {
    }

    PackageFile(ElearningPackage elearningPackage, String path, byte[] data) {
        this.elearningPackage = elearningPackage;
        this.path = path;
        this.contentType = PackageContentTypes.of(path);
        this.sizeBytes = data.length;
        this.data = data;
    }

    public String getPath() {
        return path;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public byte[] getData() {
        return data.clone();
    }
}
