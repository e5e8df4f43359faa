package no.laeringsarena.elearning.scorm;

/**
 * A {@code <resource>} of the manifest.
 *
 * @param identifier its identifier
 * @param sco        true for a SCO (talks to the API), false for an asset
 * @param href       the launch file, as a path inside the package with every {@code xml:base} applied, or null
 */
public record ManifestResource(String identifier, boolean sco, String href) {
}
