package no.laeringsarena.elearning;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * A cmi5 course structure (cmi5.xml) read and checked against the rules of the cmi5 specification's course
 * structure: the courseStructure root in the cmi5 namespace, a course with an IRI id and a title, AUs (also inside
 * blocks, in document order) with unique IRI ids, a title, a url (relative to the package, and then present in it,
 * or absolute https), launchMethod AnyWindow|OwnWindow (default AnyWindow), moveOn (default NotApplicable) and
 * masteryScore 0..1. Every problem found is reported, not just the first. The XML is read without DTDs or external
 * entities. Besides these rules, the document is validated against the specification's own schema
 * ({@link Cmi5Schema}, CourseStructure.xsd: element order, required description, unknown elements); the rules add
 * what the schema cannot say (ids that are real IRIs and unique, urls that name a file in the package) and name the
 * common mistakes more precisely.
 */
public record Cmi5CourseStructure(String courseId, String courseTitle, List<Au> aus, List<ImportProblem> problems) {

    public static final String NAMESPACE = "https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd";
    private static final List<String> PREFERRED_LANGUAGES = List.of("nb", "no", "nb-no", "nn", "nn-no", "en", "en-us", "en-gb");

    /** One assignable unit as cmi5.xml describes it. */
    public record Au(String id, String title, String url, String launchMethod, Cmi5MoveOn moveOn, BigDecimal masteryScore,
                     String launchParameters, String entitlementKey) {

        public boolean isRemote() {
            return isAbsolute(url);
        }
    }

    public boolean valid() {
        return problems.isEmpty();
    }

    /** Reads cmi5.xml; relative AU urls are checked against the archive's files (or refused if it has none but this). */
    public static Cmi5CourseStructure read(byte[] xml, PackageArchive archive) {
        List<ImportProblem> problems = new ArrayList<>();
        Document document;
        try {
            document = parser().parse(new ByteArrayInputStream(xml));
        } catch (SAXException | IOException e) {
            problems.add(ImportProblem.of(Cmi5Rule.NOT_XML, e.getMessage()));
            return new Cmi5CourseStructure(null, null, List.of(), problems);
        }
        Element root = document.getDocumentElement();
        if (!"courseStructure".equals(root.getLocalName()) || !NAMESPACE.equals(root.getNamespaceURI())) {
            problems.add(ImportProblem.of(Cmi5Rule.WRONG_ROOT, "{" + root.getNamespaceURI() + "}" + root.getLocalName()));
            return new Cmi5CourseStructure(null, null, List.of(), problems);
        }
        List<ImportProblem> schemaProblems = Cmi5Schema.validate(xml);
        Set<String> ids = new HashSet<>();
        Element course = child(root, "course");
        String courseId = null;
        String courseTitle = null;
        if (course == null) {
            problems.add(ImportProblem.of(Cmi5Rule.NO_COURSE, null));
        } else {
            courseId = id(course, "course", ids, problems);
            courseTitle = title(course, "course", problems);
        }
        List<Au> aus = new ArrayList<>();
        boolean standalone = archive.fileCount() == 1;
        collect(root, aus, ids, problems, archive, standalone);
        if (aus.isEmpty()) {
            problems.add(ImportProblem.of(Cmi5Rule.NO_AU, null));
        }
        problems.addAll(schemaProblems);
        return new Cmi5CourseStructure(courseId, courseTitle, List.copyOf(aus), List.copyOf(problems));
    }

    private static void collect(Element parent, List<Au> aus, Set<String> ids, List<ImportProblem> problems,
                                PackageArchive archive, boolean standalone) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (!(node instanceof Element element) || !NAMESPACE.equals(element.getNamespaceURI())) {
                continue;
            }
            switch (element.getLocalName()) {
                case "block" -> {
                    id(element, "block", ids, problems);
                    title(element, "block", problems);
                    collect(element, aus, ids, problems, archive, standalone);
                }
                case "au" -> aus.add(au(element, ids, problems, archive, standalone, aus.size() + 1));
                default -> {
                    // course, objectives: read elsewhere or not used
                }
            }
        }
    }

    private static Au au(Element au, Set<String> ids, List<ImportProblem> problems, PackageArchive archive,
                         boolean standalone, int number) {
        String where = "au " + number;
        String id = id(au, where, ids, problems);
        String title = title(au, where, problems);
        String launchMethod = attribute(au, "launchMethod", "AnyWindow");
        if (!launchMethod.equals("AnyWindow") && !launchMethod.equals("OwnWindow")) {
            problems.add(ImportProblem.of(Cmi5Rule.LAUNCH_METHOD, launchMethod));
        }
        String moveOnText = attribute(au, "moveOn", "NotApplicable");
        Cmi5MoveOn moveOn = Cmi5MoveOn.of(moveOnText).orElse(null);
        if (moveOn == null) {
            problems.add(ImportProblem.of(Cmi5Rule.MOVE_ON, moveOnText));
        }
        BigDecimal masteryScore = null;
        if (au.hasAttribute("masteryScore")) {
            String text = au.getAttribute("masteryScore").strip();
            try {
                masteryScore = new BigDecimal(text);
                if (masteryScore.signum() < 0 || masteryScore.compareTo(BigDecimal.ONE) > 0 || masteryScore.scale() > 4) {
                    problems.add(ImportProblem.of(Cmi5Rule.MASTERY_SCORE, text));
                    masteryScore = null;
                }
            } catch (NumberFormatException e) {
                problems.add(ImportProblem.of(Cmi5Rule.MASTERY_SCORE, text));
            }
        }
        String url = text(child(au, "url"));
        if (url == null || url.isEmpty()) {
            problems.add(ImportProblem.of(Cmi5Rule.NO_URL, where));
        } else {
            checkUrl(url, archive, standalone, problems);
        }
        return new Au(id, title, url, launchMethod, moveOn, masteryScore, text(child(au, "launchParameters")),
                text(child(au, "entitlementKey")));
    }

    private static void checkUrl(String url, PackageArchive archive, boolean standalone, List<ImportProblem> problems) {
        if (isAbsolute(url)) {
            String scheme = URI.create(url).getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("https") && !scheme.equals("http")) {
                problems.add(ImportProblem.of(Cmi5Rule.BAD_URL, url));
            }
            return;
        }
        String path = relativePath(url);
        if (path == null || !PackageArchive.isSafePath(path)) {
            problems.add(ImportProblem.of(Cmi5Rule.BAD_URL, url));
        } else if (standalone) {
            problems.add(ImportProblem.of(Cmi5Rule.URL_NEEDS_PACKAGE, url));
        } else if (!archive.has(path)) {
            problems.add(ImportProblem.of(Cmi5Rule.URL_NOT_IN_PACKAGE, url));
        }
    }

    /** The file a relative url names (without query or fragment), or null if it is not a plain relative path. */
    static String relativePath(String url) {
        try {
            URI uri = new URI(url);
            if (uri.isAbsolute() || uri.getRawAuthority() != null || uri.getPath() == null) {
                return null;
            }
            return uri.getPath();
        } catch (URISyntaxException e) {
            return null;
        }
    }

    static boolean isAbsolute(String url) {
        try {
            URI uri = new URI(url);
            return uri.isAbsolute() && uri.getRawAuthority() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** An IRI as cmi5 ids must be: absolute (a scheme and more), no spaces, parseable once non-ASCII is allowed. */
    static boolean isIri(String value) {
        if (value == null || value.isEmpty() || value.length() > 1000 || !value.matches("^[A-Za-z][A-Za-z0-9+.-]*:\\S+$")) {
            return false;
        }
        try {
            return new URI(value).isAbsolute();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String id(Element element, String where, Set<String> ids, List<ImportProblem> problems) {
        if (!element.hasAttribute("id")) {
            problems.add(ImportProblem.of(Cmi5Rule.MISSING_ID, where));
            return null;
        }
        String id = element.getAttribute("id").strip();
        if (!isIri(id)) {
            problems.add(ImportProblem.of(Cmi5Rule.NOT_AN_IRI, id));
        } else if (!ids.add(id)) {
            problems.add(ImportProblem.of(Cmi5Rule.DUPLICATE_ID, id));
        }
        return id;
    }

    /** The title in the preferred language (bokmål, nynorsk, English), else the first; a problem if there is none. */
    private static String title(Element element, String where, List<ImportProblem> problems) {
        Element title = child(element, "title");
        String best = null;
        int bestRank = Integer.MAX_VALUE;
        if (title != null) {
            for (Node node = title.getFirstChild(); node != null; node = node.getNextSibling()) {
                if (node instanceof Element langstring && "langstring".equals(langstring.getLocalName())) {
                    String text = text(langstring);
                    if (text == null || text.isEmpty()) {
                        continue;
                    }
                    int rank = PREFERRED_LANGUAGES.indexOf(langstring.getAttribute("lang").toLowerCase(Locale.ROOT));
                    rank = rank < 0 ? PREFERRED_LANGUAGES.size() : rank;
                    if (best == null || rank < bestRank) {
                        best = text;
                        bestRank = rank;
                    }
                }
            }
        }
        if (best == null) {
            problems.add(ImportProblem.of(Cmi5Rule.NO_TITLE, where));
            return null;
        }
        return best.length() > 200 ? best.substring(0, 200) : best;
    }

    private static String attribute(Element element, String name, String fallback) {
        return element.hasAttribute(name) ? element.getAttribute(name).strip() : fallback;
    }

    private static Element child(Element parent, String localName) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && localName.equals(element.getLocalName())
                    && NAMESPACE.equals(element.getNamespaceURI())) {
                return element;
            }
        }
        return null;
    }

    private static String text(Element element) {
        return element == null ? null : element.getTextContent().strip();
    }

    private static DocumentBuilder parser() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }
}
