package no.laeringsarena.elearning.scorm;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads a package's {@code imsmanifest.xml} (SCORM 1.2 or SCORM 2004 4th edition) with the JDK's parser, DTDs and
 * external entities switched off, and checks it: the edition (by {@code schemaversion}, else by the ADL namespaces),
 * the default organisation, every item's resource, every href staying inside the package and naming a file that is
 * there, identifiers unique, mastery scores and completion thresholds in range. Elements are matched by local name,
 * so slightly wrong namespaces of real-world packages still read; every problem is reported, not just the first.
 */
public final class ManifestParser {

    static final String ADLCP_12 = "http://www.adlnet.org/xsd/adlcp_rootv1p2";
    static final String ADLCP_2004 = "http://www.adlnet.org/xsd/adlcp_v1p3";
    static final String XML_NS = XMLConstants.XML_NS_URI;

    private ManifestParser() {
    }

    /**
     * @param manifest    the bytes of imsmanifest.xml
     * @param fileExists  whether a path (relative to the package root, decoded) is a file of the package
     */
    public static ScormManifest parse(InputStream manifest, Predicate<String> fileExists) throws InvalidManifestException {
        Document document = read(manifest);
        return new Reader(fileExists).read(document.getDocumentElement());
    }

    private static Document read(InputStream manifest) throws InvalidManifestException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(manifest);
        } catch (SAXParseException e) {
            if (e.getMessage() != null && e.getMessage().contains("DOCTYPE")) {
                throw new InvalidManifestException(List.of(ManifestProblem.of("doctype")));
            }
            throw new InvalidManifestException(List.of(ManifestProblem.of("notXml", e.getLineNumber(),
                    e.getMessage() == null ? "" : e.getMessage())));
        } catch (SAXException | IOException e) {
            throw new InvalidManifestException(List.of(ManifestProblem.of("notXml", 0, String.valueOf(e.getMessage()))));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser cannot be made safe", e);
        }
    }

    private static final class Reader {

        private final Predicate<String> fileExists;
        private final List<ManifestProblem> problems = new ArrayList<>();
        private final Set<String> identifiers = new HashSet<>();

        Reader(Predicate<String> fileExists) {
            this.fileExists = fileExists;
        }

        ScormManifest read(Element root) throws InvalidManifestException {
            if (!"manifest".equals(root.getLocalName())) {
                throw new InvalidManifestException(List.of(ManifestProblem.of("notManifest", root.getNodeName())));
            }
            ScormVersion version = version(root);
            String identifier = root.getAttribute("identifier");
            if (identifier.isBlank()) {
                problems.add(ManifestProblem.of("missingIdentifier", "manifest"));
            }
            String manifestBase = root.getAttributeNS(XML_NS, "base");
            Map<String, ManifestResource> resources = new LinkedHashMap<>();
            Element resourcesElement = child(root, "resources");
            if (resourcesElement == null) {
                problems.add(ManifestProblem.of("noResources"));
            } else {
                for (Element r : children(resourcesElement, "resource")) {
                    ManifestResource resource = resource(r, version, manifestBase,
                            resourcesElement.getAttributeNS(XML_NS, "base"));
                    if (resource != null) {
                        resources.put(resource.identifier(), resource);
                    }
                }
            }
            List<ScormOrganisation> organisations = new ArrayList<>();
            String defaultId = null;
            Element organisationsElement = child(root, "organizations");
            if (organisationsElement == null || children(organisationsElement, "organization").isEmpty()) {
                problems.add(ManifestProblem.of("noOrganisation"));
            } else {
                for (Element o : children(organisationsElement, "organization")) {
                    organisations.add(organisation(o, version, resources));
                }
                defaultId = organisationsElement.getAttribute("default").strip();
                if (defaultId.isEmpty()) {
                    if (version == ScormVersion.SCORM_2004) {
                        problems.add(ManifestProblem.of("noDefaultOrganisation"));
                    } else {
                        defaultId = organisations.getFirst().identifier();
                    }
                } else {
                    String wanted = defaultId;
                    if (organisations.stream().noneMatch(o -> o.identifier().equals(wanted))) {
                        problems.add(ManifestProblem.of("unknownDefaultOrganisation", defaultId));
                    }
                }
            }
            if (problems.isEmpty()) {
                ScormManifest result = new ScormManifest(version, identifier, defaultId, organisations, resources);
                if (result.launchables().isEmpty()) {
                    problems.add(ManifestProblem.of("nothingToLaunch", defaultId));
                } else {
                    return result;
                }
            }
            throw new InvalidManifestException(problems);
        }

        private ScormVersion version(Element root) throws InvalidManifestException {
            Element metadata = child(root, "metadata");
            Element schemaVersion = metadata == null ? null : child(metadata, "schemaversion");
            String declared = schemaVersion == null ? "" : schemaVersion.getTextContent().strip();
            String lower = declared.toLowerCase(Locale.ROOT);
            if (lower.equals("1.2")) {
                return ScormVersion.SCORM_12;
            }
            if (lower.startsWith("2004") || lower.equals("cam 1.3")) {
                return ScormVersion.SCORM_2004;
            }
            if (declared.isEmpty()) {
                String namespaces = namespacesOf(root);
                if (namespaces.contains(ADLCP_2004)) {
                    return ScormVersion.SCORM_2004;
                }
                if (namespaces.contains(ADLCP_12)) {
                    return ScormVersion.SCORM_12;
                }
            }
            throw new InvalidManifestException(List.of(declared.isEmpty() ? ManifestProblem.of("unknownVersion")
                    : ManifestProblem.of("unsupportedVersion", declared)));
        }

        private ManifestResource resource(Element r, ScormVersion version, String manifestBase, String resourcesBase) {
            String id = r.getAttribute("identifier").strip();
            if (id.isEmpty()) {
                problems.add(ManifestProblem.of("missingIdentifier", "resource"));
                return null;
            }
            unique(id);
            String type = scormType(r, version);
            boolean sco;
            if (type.equalsIgnoreCase("sco")) {
                sco = true;
            } else if (type.equalsIgnoreCase("asset")) {
                sco = false;
            } else {
                problems.add(ManifestProblem.of("unknownScormType", id, type));
                sco = false;
            }
            String hrefAttribute = r.getAttribute("href");
            if (hrefAttribute.isBlank()) {
                return new ManifestResource(id, sco, null);
            }
            String href = LaunchPaths.resolve(hrefAttribute, manifestBase, resourcesBase,
                    r.getAttributeNS(XML_NS, "base")).orElse(null);
            if (href == null) {
                problems.add(ManifestProblem.of("hrefOutsidePackage", id, hrefAttribute));
            } else if (!fileExists.test(LaunchPaths.filePart(href))) {
                problems.add(ManifestProblem.of("missingFile", id, LaunchPaths.filePart(href)));
            }
            return new ManifestResource(id, sco, href);
        }

        private String scormType(Element r, ScormVersion version) {
            String value = version == ScormVersion.SCORM_12 ? r.getAttributeNS(ADLCP_12, "scormtype")
                    : r.getAttributeNS(ADLCP_2004, "scormType");
            if (value.isEmpty()) {
                // packages that got the namespace wrong: take the attribute by its local name
                for (int i = 0; i < r.getAttributes().getLength(); i++) {
                    Node a = r.getAttributes().item(i);
                    String local = a.getLocalName() == null ? a.getNodeName() : a.getLocalName();
                    if (local.equalsIgnoreCase("scormtype")) {
                        value = a.getNodeValue();
                    }
                }
            }
            return value.strip();
        }

        private ScormOrganisation organisation(Element o, ScormVersion version, Map<String, ManifestResource> resources) {
            String id = o.getAttribute("identifier").strip();
            if (id.isEmpty()) {
                problems.add(ManifestProblem.of("missingIdentifier", "organization"));
            } else {
                unique(id);
            }
            return new ScormOrganisation(id, title(o, id), items(o, version, resources));
        }

        private List<ScormItem> items(Element parent, ScormVersion version, Map<String, ManifestResource> resources) {
            List<ScormItem> items = new ArrayList<>();
            for (Element item : children(parent, "item")) {
                String id = item.getAttribute("identifier").strip();
                if (id.isEmpty()) {
                    problems.add(ManifestProblem.of("missingIdentifier", "item"));
                    continue;
                }
                unique(id);
                String ref = item.getAttribute("identifierref").strip();
                List<ScormItem> children = items(item, version, resources);
                if (!ref.isEmpty()) {
                    ManifestResource resource = resources.get(ref);
                    if (resource == null) {
                        problems.add(ManifestProblem.of("unknownResource", id, ref));
                    } else if (resource.href() == null) {
                        problems.add(ManifestProblem.of("resourceWithoutHref", id, ref));
                    }
                    if (!children.isEmpty()) {
                        problems.add(ManifestProblem.of("leafWithChildren", id));
                    }
                } else if (children.isEmpty()) {
                    problems.add(ManifestProblem.of("emptyItem", id));
                }
                String parameters = item.getAttribute("parameters");
                items.add(new ScormItem(id, title(item, id), ref.isEmpty() ? null : ref,
                        parameters.isBlank() ? null : parameters, masteryScore(item, id, version),
                        adlText(item, version == ScormVersion.SCORM_12 ? "datafromlms" : "dataFromLMS"),
                        completionThreshold(item, id, version), children));
            }
            return items;
        }

        private Double masteryScore(Element item, String id, ScormVersion version) {
            String text = adlText(item, "masteryscore");
            if (text == null || version != ScormVersion.SCORM_12) {
                return null;
            }
            Double value = number(text);
            if (value == null || value < 0 || value > 100) {
                problems.add(ManifestProblem.of("badMasteryScore", id, text));
                return null;
            }
            return value;
        }

        private Double completionThreshold(Element item, String id, ScormVersion version) {
            if (version != ScormVersion.SCORM_2004) {
                return null;
            }
            Element threshold = child(item, "completionThreshold");
            if (threshold == null) {
                return null;
            }
            String text = threshold.hasAttribute("minProgressMeasure") ? threshold.getAttribute("minProgressMeasure")
                    : threshold.getTextContent().strip();
            if (text.isEmpty()) {
                return 1.0;
            }
            Double value = number(text);
            if (value == null || value < 0 || value > 1) {
                problems.add(ManifestProblem.of("badCompletionThreshold", id, text));
                return null;
            }
            return value;
        }

        private String title(Element element, String id) {
            Element title = child(element, "title");
            String text = title == null ? "" : title.getTextContent().strip();
            if (text.isEmpty()) {
                problems.add(ManifestProblem.of("missingTitle", id));
                return id;
            }
            return text;
        }

        private void unique(String id) {
            if (!identifiers.add(id)) {
                problems.add(ManifestProblem.of("duplicateIdentifier", id));
            }
        }

        private static String adlText(Element item, String localName) {
            Element e = child(item, localName);
            if (e == null) {
                return null;
            }
            String text = e.getTextContent().strip();
            return text.isEmpty() ? null : text;
        }

        private static Double number(String text) {
            try {
                double d = Double.parseDouble(text.strip());
                return Double.isFinite(d) ? d : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }

    private static String namespacesOf(Element root) {
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < root.getAttributes().getLength(); i++) {
            all.append(root.getAttributes().item(i).getNodeValue()).append(' ');
        }
        return all.toString();
    }

    private static Element child(Element parent, String localName) {
        List<Element> found = children(parent, localName);
        return found.isEmpty() ? null : found.getFirst();
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> result = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName() == null ? e.getNodeName() : e.getLocalName())) {
                result.add(e);
            }
        }
        return result;
    }
}
