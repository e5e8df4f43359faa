package no.laeringsarena.elearning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class Cmi5CourseStructureTest {

    private static final String NS = Cmi5CourseStructure.NAMESPACE;
    private static final String DESCRIPTION = "<description><langstring lang='nb'>Om</langstring></description>";

    @Test
    void readsTheTestPackagesCourseStructure() throws IOException {
        byte[] xml = resource("/cmi5/pakke/cmi5.xml");
        PackageArchive archive = archive(Map.of("cmi5.xml", xml, "au/index.html", TestZips.text("<html/>")));

        Cmi5CourseStructure structure = Cmi5CourseStructure.read(xml, archive);

        assertTrue(structure.valid(), structure.problems().toString());
        assertEquals("https://laeringsarena.test/cmi5/personvern-kurs", structure.courseId());
        assertEquals("Personvern i hverdagen", structure.courseTitle(), "the bokmål title is preferred");
        Cmi5CourseStructure.Au au = structure.aus().get(0);
        assertEquals("Enhet om taushetsplikt", au.title());
        assertEquals(Cmi5MoveOn.COMPLETED_AND_PASSED, au.moveOn());
        assertEquals(new BigDecimal("0.8"), au.masteryScore());
        assertEquals("AnyWindow", au.launchMethod());
        assertEquals("au/index.html?tema=taushetsplikt", au.url());
        assertEquals("{\"tema\":\"taushetsplikt\"}", au.launchParameters());
    }

    @Test
    void defaultsAreAnyWindowAndNotApplicable() {
        Cmi5CourseStructure structure = read(course("<au id='https://x.test/au'><title><langstring lang='en'>A</langstring></title>"
                + DESCRIPTION + "<url>https://content.example.org/au/1</url></au>"), Map.of());
        assertTrue(structure.valid(), structure.problems().toString());
        assertEquals(Cmi5MoveOn.NOT_APPLICABLE, structure.aus().get(0).moveOn());
        assertEquals("AnyWindow", structure.aus().get(0).launchMethod());
        assertNull(structure.aus().get(0).masteryScore());
        assertTrue(structure.aus().get(0).isRemote());
    }

    @Test
    void reportsEveryProblemNotJustTheFirst() {
        String xml = course(
                "<au id='ikke en iri' moveOn='Bestått' masteryScore='1.5' launchMethod='Popup'>"
                        + "<title><langstring lang='nb'>A</langstring></title>" + DESCRIPTION + "<url>../utenfor.html</url></au>"
                        + "<au id='https://x.test/course'><url>mangler.html</url></au>"
                        + "<au moveOn='Passed'><title><langstring lang='nb'>C</langstring></title>" + DESCRIPTION
                        + "<url>ftp://x.test/a</url></au>");

        List<String> problems = read(xml, Map.of("annet.html", new byte[1])).problems().stream()
                .map(ImportProblem::messageKey).toList();

        assertEquals(List.of("elearning.cmi5.not-an-iri", "elearning.cmi5.launch-method", "elearning.cmi5.move-on",
                "elearning.cmi5.mastery-score", "elearning.cmi5.bad-url",
                "elearning.cmi5.duplicate-id", "elearning.cmi5.no-title", "elearning.cmi5.url-not-in-package",
                "elearning.cmi5.missing-id", "elearning.cmi5.bad-url"), problems.subList(0, 10));
        assertTrue(problems.size() > 10 && problems.subList(10, problems.size()).stream()
                .allMatch("elearning.cmi5.schema"::equals), "then what the schema says: " + problems);
    }

    @Test
    void theMessagesNameWhatIsWrong() {
        Cmi5CourseStructure structure = read(course("<au id='https://x.test/a' moveOn='Ferdig'><title><langstring lang='nb'>A</langstring>"
                + "</title>" + DESCRIPTION + "<url>a.html</url></au>"), Map.of("a.html", new byte[1]));
        assertEquals("moveOn «Ferdig» er ugyldig; bruk Passed, Completed, CompletedAndPassed, CompletedOrPassed eller NotApplicable.",
                structure.problems().get(0).norwegian());
    }

    @Test
    void aCmi5XmlAloneNeedsAbsoluteUrls() {
        String xml = course("<au id='https://x.test/a'><title><langstring lang='nb'>A</langstring></title>" + DESCRIPTION
                + "<url>a.html</url></au>");
        Cmi5CourseStructure structure = Cmi5CourseStructure.read(TestZips.text(xml),
                PackageArchive.single("cmi5.xml", TestZips.text(xml)));
        assertEquals("elearning.cmi5.url-needs-package", structure.problems().get(0).messageKey());
    }

    @Test
    void refusesTheWrongRootAndAnUnsafeDocument() {
        assertEquals("elearning.cmi5.wrong-root", read("<courseStructure><course/></courseStructure>", Map.of())
                .problems().get(0).messageKey());
        String entity = "<?xml version='1.0'?><!DOCTYPE x [<!ENTITY e SYSTEM 'file:///etc/passwd'>]>"
                + "<courseStructure xmlns='" + NS + "'>&e;</courseStructure>";
        Cmi5CourseStructure structure = read(entity, Map.of());
        assertEquals("elearning.cmi5.not-xml", structure.problems().get(0).messageKey());
        assertFalse(structure.valid());
    }

    @Test
    void theSchemaNamesWhatTheRulesDoNotWithTheLine() {
        String xml = "<?xml version='1.0'?>\n<courseStructure xmlns='" + NS + "'>\n<course id='https://x.test/course'>"
                + "<title><langstring lang='nb'>Kurs</langstring></title></course>\n"
                + "<au id='https://x.test/a'><title><langstring lang='nb'>A</langstring></title>\n<url>a.html</url></au>\n"
                + "</courseStructure>";

        List<ImportProblem> problems = read(xml, Map.of("a.html", new byte[1])).problems();

        assertEquals(List.of(
                "cmi5.xml følger ikke cmi5-skjemaet (CourseStructure.xsd), linje 3: elementet course er ufullstendig; "
                        + "det mangler description.",
                "cmi5.xml følger ikke cmi5-skjemaet (CourseStructure.xsd), linje 5: elementet url står på feil sted; "
                        + "her skal det være description."),
                problems.stream().map(ImportProblem::norwegian).toList());
    }

    @Test
    void unknownElementsOfTheCmi5NamespaceAreRefusedButExtensionsAreNot() {
        String unit = "<au id='https://x.test/a'><title><langstring lang='nb'>A</langstring></title>" + DESCRIPTION
                + "<url>https://content.example.org/a</url>";
        Cmi5CourseStructure extended = read(course(unit + "<x:varighet xmlns:x='https://kommune.example/cmi5'>PT5M"
                + "</x:varighet></au>"), Map.of());
        assertTrue(extended.valid(), extended.problems().toString());

        Cmi5CourseStructure unknown = read(course(unit + "<varighet>PT5M</varighet></au>"), Map.of());
        assertEquals(1, unknown.problems().size(), unknown.problems().toString());
        assertTrue(unknown.problems().get(0).norwegian().contains("linje 1: elementet varighet står på feil sted; her skal det være "
                        + "launchParameters, entitlementKey eller et element fra et annet navnerom"),
                unknown.problems().get(0).norwegian());
    }

    @Test
    void onlyTheFirstSchemaErrorsAreShownAndTheRestCounted() {
        StringBuilder aus = new StringBuilder();
        for (int i = 0; i < Cmi5Schema.SHOWN + 3; i++) {
            aus.append("<au id='https://x.test/a").append(i).append("'><title><langstring lang='nb'>A</langstring></title>")
                    .append("<url>https://content.example.org/a</url></au>");
        }
        List<ImportProblem> problems = read(course(aus.toString()), Map.of()).problems();
        assertEquals(Cmi5Schema.SHOWN + 1, problems.size(), problems.toString());
        assertEquals("… og 3 brudd til på cmi5-skjemaet.", problems.get(Cmi5Schema.SHOWN).norwegian());
    }

    @Test
    void aCourseWithoutUnitsIsRefused() {
        assertEquals(List.of("elearning.cmi5.no-au"), read(course(""), Map.of()).problems().stream()
                .map(ImportProblem::messageKey).toList());
    }

    @Test
    void moveOnRules() {
        assertTrue(Cmi5MoveOn.COMPLETED_AND_PASSED.satisfiedBy(true, true));
        assertFalse(Cmi5MoveOn.COMPLETED_AND_PASSED.satisfiedBy(true, false));
        assertTrue(Cmi5MoveOn.COMPLETED_OR_PASSED.satisfiedBy(false, true));
        assertFalse(Cmi5MoveOn.PASSED.satisfiedBy(true, false));
        assertTrue(Cmi5MoveOn.COMPLETED.satisfiedBy(true, false));
        assertTrue(Cmi5MoveOn.NOT_APPLICABLE.satisfiedBy(false, false));
    }

    private static String course(String aus) {
        return "<?xml version='1.0'?><courseStructure xmlns='" + NS + "'><course id='https://x.test/course'><title>"
                + "<langstring lang='nb'>Kurs</langstring></title>" + DESCRIPTION + "</course>" + aus + "</courseStructure>";
    }

    private static Cmi5CourseStructure read(String xml, Map<String, byte[]> otherFiles) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("cmi5.xml", TestZips.text(xml));
        files.putAll(otherFiles);
        return Cmi5CourseStructure.read(TestZips.text(xml), archive(files));
    }

    private static PackageArchive archive(Map<String, byte[]> files) {
        try {
            return PackageArchive.unzip(TestZips.zip(files), PackageLimits.DEFAULTS);
        } catch (PackageRejected e) {
            throw new AssertionError(e);
        }
    }

    static byte[] resource(String name) throws IOException {
        try (InputStream in = Cmi5CourseStructureTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }
}
