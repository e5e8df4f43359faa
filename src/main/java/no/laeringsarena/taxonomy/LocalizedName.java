package no.laeringsarena.taxonomy;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import no.laeringsarena.content.LocalizedText;

/** A name in bokmål (required), nynorsk and English; nynorsk and English fall back to bokmål. */
@Embeddable
public class LocalizedName {

    @Column(name = "name_nb", nullable = false, length = 200)
    private String nb;

    @Column(name = "name_nn", length = 200)
    private String nn;

    @Column(name = "name_en", length = 200)
    private String en;

    protected LocalizedName() {
    }

    public LocalizedName(String nb, String nn, String en) {
        this.nb = nb;
        this.nn = nn;
        this.en = en;
    }

    public static LocalizedName of(LocalizedText text) {
        return new LocalizedName(text.nb(), text.nn(), text.en());
    }

    /** The name for "nb", "nn" or "en" (anything else: bokmål). */
    public String in(String language) {
        return new LocalizedText(nb, nn, en).in(language);
    }

    public String getNb() {
        return nb;
    }

    public String getNn() {
        return nn;
    }

    public String getEn() {
        return en;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LocalizedName other && java.util.Objects.equals(nb, other.nb)
                && java.util.Objects.equals(nn, other.nn) && java.util.Objects.equals(en, other.en);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(nb, nn, en);
    }

    @Override
    public String toString() {
        return nb;
    }
}
