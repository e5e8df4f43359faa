package no.laeringsarena.elearning;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PackageArchiveTest {

    private static final PackageLimits SMALL = new PackageLimits(1024 * 1024, 4L * 1024 * 1024, 10, 50);

    @Test
    void unpacksAnOrdinaryPackage() throws PackageRejected {
        byte[] zip = TestZips.zip(Map.of("cmi5.xml", TestZips.text("<courseStructure/>"),
                "au/index.html", TestZips.text("<html></html>")));

        PackageArchive archive = PackageArchive.unzip(zip, SMALL);

        assertEquals(2, archive.fileCount());
        assertArrayEquals(TestZips.text("<html></html>"), archive.file("au/index.html").orElseThrow());
        assertEquals(PackageFormat.CMI5, PackageFormat.of(archive).orElseThrow());
    }

    @Test
    void refusesPathTraversal() {
        PackageRejected e = refused(TestZips.zip(Map.of("au/../../etc/passwd", TestZips.text("x"))));
        assertEquals(PackageProblem.PATH_TRAVERSAL, e.problem());
        assertTrue(e.getMessage().contains("au/../../etc/passwd"), e.getMessage());
    }

    @Test
    void refusesAbsolutePathsAndDriveLetters() {
        assertEquals(PackageProblem.ABSOLUTE_PATH, refused(TestZips.zip(Map.of("/etc/passwd", TestZips.text("x")))).problem());
        assertEquals(PackageProblem.ABSOLUTE_PATH, refused(TestZips.zip(Map.of("C:/windows/x.dll", TestZips.text("x")))).problem());
    }

    @Test
    void refusesBackslashes() {
        assertEquals(PackageProblem.BACKSLASH, refused(TestZips.unixZipWithBackslash("au|x.html", TestZips.text("x"))).problem());
        // a zip made on Windows: its backslashes are read as separators, and the '..' is still found
        assertEquals(PackageProblem.PATH_TRAVERSAL, refused(TestZips.zip(Map.of("..\\..\\x.html", TestZips.text("x")))).problem());
    }

    @Test
    void refusesSymbolicLinks() {
        PackageRejected e = refused(TestZips.withSymlink("au/secret", "/etc/passwd"));
        assertEquals(PackageProblem.SYMLINK, e.problem());
        assertTrue(e.getMessage().contains("symbolsk lenke"), e.getMessage());
    }

    @Test
    void refusesAZipBomb() {
        // 3 MB of zeros compresses to a few kilobytes: far past the ratio once past the grace size
        byte[] zip = TestZips.zip(Map.of("bomb.txt", new byte[3 * 1024 * 1024]));
        assertTrue(zip.length < 50_000);
        assertEquals(PackageProblem.BOMB, refused(zip).problem());
    }

    @Test
    void refusesMoreThanTheUnpackedTotal() {
        PackageLimits lenientRatio = new PackageLimits(1024 * 1024, 2L * 1024 * 1024, 10, 100_000);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("a.bin", new byte[1024 * 1024]);
        files.put("b.bin", new byte[1024 * 1024]);
        files.put("c.bin", new byte[1024 * 1024]);
        PackageRejected e = assertThrows(PackageRejected.class, () -> PackageArchive.unzip(TestZips.zip(files), lenientRatio));
        assertEquals(PackageProblem.TOO_BIG_UNPACKED, e.problem());
        assertTrue(e.getMessage().contains("2 MB"), e.getMessage());
    }

    @Test
    void refusesTooManyFiles() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (int i = 0; i < 11; i++) {
            files.put("f" + i + ".txt", TestZips.text("x"));
        }
        PackageRejected e = refused(TestZips.zip(files));
        assertEquals(PackageProblem.TOO_MANY_FILES, e.problem());
        assertTrue(e.getMessage().contains("10 filer"), e.getMessage());
    }

    @Test
    void refusesAnUploadOverTheLimitBeforeReadingIt() {
        PackageLimits tiny = new PackageLimits(100, 1000, 10, 50);
        byte[] zip = TestZips.zip(Map.of("a.txt", new byte[500]));
        PackageRejected e = assertThrows(PackageRejected.class, () -> PackageArchive.unzip(zip, tiny));
        assertEquals(PackageProblem.TOO_LARGE, e.problem());
    }

    @Test
    void refusesWhatIsNotAZip() {
        PackageRejected e = assertThrows(PackageRejected.class,
                () -> new PackageUpload("kurs.pdf", TestZips.text("%PDF-1.7")).open(SMALL));
        assertEquals(PackageProblem.NOT_A_ZIP, e.problem());
    }

    @Test
    void acceptsACmi5XmlAlone() throws PackageRejected {
        PackageArchive archive = new PackageUpload("cmi5.xml", TestZips.text("<?xml version=\"1.0\"?><courseStructure/>"))
                .open(SMALL);
        assertEquals(PackageFormat.CMI5, PackageFormat.of(archive).orElseThrow());
    }

    @Test
    void safePathsAreTheOnlyOnesServed() {
        assertTrue(PackageArchive.isSafePath("au/index.html"));
        assertFalse(PackageArchive.isSafePath("../x"));
        assertFalse(PackageArchive.isSafePath("a//b"));
        assertFalse(PackageArchive.isSafePath("a/./b"));
        assertFalse(PackageArchive.isSafePath("a\u0000b"));
    }

    @Test
    void servesKnownTypesAndDownloadsTheRest() {
        assertEquals("text/html; charset=UTF-8", PackageContentTypes.of("au/index.html"));
        assertEquals("text/javascript; charset=UTF-8", PackageContentTypes.of("au/x.JS"));
        assertEquals(PackageContentTypes.UNKNOWN, PackageContentTypes.of("au/.htaccess"));
        assertEquals(PackageContentTypes.UNKNOWN, PackageContentTypes.of("au/x.exe"));
    }

    private static PackageRejected refused(byte[] zip) {
        return assertThrows(PackageRejected.class, () -> PackageArchive.unzip(zip, SMALL));
    }
}
