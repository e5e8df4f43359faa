package no.laeringsarena.elearning.scorm;

/**
 * One element of a data model, named with {@code n} for collection indexes ({@code cmi.interactions.n.id}).
 *
 * @param name     the element's name
 * @param access   who may read and write it
 * @param type     what values it takes (null for read-only elements the platform fills in)
 * @param requires SCORM 2004: the element (with the same indexes) that must be set before this one, or null
 */
public record CmiElement(String name, Access access, CmiType type, String requires) {

    public enum Access { READ_ONLY, WRITE_ONLY, READ_WRITE }

    static CmiElement readOnly(String name) {
        return new CmiElement(name, Access.READ_ONLY, null, null);
    }

    static CmiElement readWrite(String name, CmiType type) {
        return new CmiElement(name, Access.READ_WRITE, type, null);
    }

    static CmiElement writeOnly(String name, CmiType type) {
        return new CmiElement(name, Access.WRITE_ONLY, type, null);
    }

    CmiElement requiring(String element) {
        return new CmiElement(name, access, type, element);
    }
}
