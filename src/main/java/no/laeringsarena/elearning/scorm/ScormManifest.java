package no.laeringsarena.elearning.scorm;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A checked {@code imsmanifest.xml}: its edition, the organisations and the resources they launch. Only the default
 * organisation is played; its launchable items are what the learner chooses from (simple sequencing).
 */
public record ScormManifest(ScormVersion version, String identifier, String defaultOrganisationId,
                            List<ScormOrganisation> organisations, Map<String, ManifestResource> resources) {

    public ScormManifest {
        organisations = List.copyOf(organisations);
        resources = Map.copyOf(resources);
    }

    public ScormOrganisation defaultOrganisation() {
        return organisations.stream().filter(o -> o.identifier().equals(defaultOrganisationId)).findFirst()
                .orElseThrow();
    }

    /** The launchable items of the default organisation, in tree order, each with its depth and launch path. */
    public List<ScoLaunch> launchables() {
        List<ScoLaunch> result = new ArrayList<>();
        collect(defaultOrganisation().items(), 0, result);
        return result;
    }

    public Optional<ScoLaunch> launchable(String itemIdentifier) {
        return launchables().stream().filter(s -> s.itemIdentifier().equals(itemIdentifier)).findFirst();
    }

    /** The default organisation's title, the package's name to show. */
    public String title() {
        return defaultOrganisation().title();
    }

    private void collect(List<ScormItem> items, int depth, List<ScoLaunch> into) {
        for (ScormItem item : items) {
            if (item.launchable()) {
                ManifestResource resource = resources.get(item.resourceId());
                into.add(new ScoLaunch(item.identifier(), item.title(), depth,
                        LaunchPaths.withParameters(resource.href(), item.parameters()), resource.sco(),
                        item.masteryScore(), item.launchData(), item.completionThreshold()));
            }
            collect(item.children(), depth + 1, into);
        }
    }
}
