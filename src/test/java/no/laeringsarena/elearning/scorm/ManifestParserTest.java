package no.laeringsarena.elearning.scorm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ManifestParserTest {

    private static final Set<String> FILES = Set.of("innhold/sco.html", "innhold/sco.js", "a.html", "b.html",
            "kapittel 2/side.html", "felles/c.html");

    private static ScormManifest parse(String xml) throws InvalidManifestException {
        return ManifestParser.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), FILES::contains);
    }

    private static List<String> problems(String xml) {
        return assertThrows(InvalidManifestException.class, () -> parse(xml)).problems().stream()
                .map(ManifestProblem::toString).toList();
    }

    @Test
    void readsTheScorm12TestPackage() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/scorm/scorm12/imsmanifest.xml")) {
            ScormManifest manifest = ManifestParser.parse(in, FILES::contains);
            assertEquals(ScormVersion.SCORM_12, manifest.version());
            assertEquals("Personvern i praksis (SCORM 1.2)", manifest.title());
            ScoLaunch sco = manifest.launchables().getFirst();
            assertEquals("sco-personvern", sco.itemIdentifier());
            assertEquals("Personvern i hverdagen", sco.title());
            assertEquals("innhold/sco.html?del=1", sco.launchPath(), "xml:base of <resources> and the parameters");
            assertTrue(sco.sco());
            assertEquals(70.0, sco.masteryScore());
            assertEquals("kommune=test", sco.launchData());
        }
    }

    @Test
    void readsTheScorm2004TestPackage() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/scorm/scorm2004/imsmanifest.xml")) {
            ScormManifest manifest = ManifestParser.parse(in, FILES::contains);
            assertEquals(ScormVersion.SCORM_2004, manifest.version());
            ScoLaunch sco = manifest.launchables().getFirst();
            assertEquals("innhold/sco.html", sco.launchPath(), "xml:base of <resource>");
            assertNull(sco.masteryScore(), "no mastery score in 2004");
            assertEquals("kommune=test", sco.launchData());
        }
    }

    @Test
    void aTreeOfItemsGivesTheLaunchablesInOrderWithAssetsAndThresholds() throws Exception {
        ScormManifest manifest = parse("""
                <manifest identifier="m" xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
                          xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3" xml:base="./">
                  <metadata><schemaversion>2004 4th Edition</schemaversion></metadata>
                  <organizations default="o2">
                    <organization identifier="o1"><title>Ikke denne</title>
                      <item identifier="x" identifierref="ra"><title>X</title></item></organization>
                    <organization identifier="o2"><title>Kurs</title>
                      <item identifier="kap1"><title>Kapittel 1</title>
                        <item identifier="i1" identifierref="ra" parameters="#start"><title>Første</title>
                          <adlcp:completionThreshold minProgressMeasure="0.8"/></item>
                        <item identifier="i2" identifierref="rb" parameters="side=2"><title>Andre</title></item>
                      </item>
                      <item identifier="i3" identifierref="rc"><title>Tredje</title></item>
                    </organization>
                  </organizations>
                  <resources>
                    <resource identifier="ra" adlcp:scormType="sco" href="a.html" type="webcontent"/>
                    <resource identifier="rb" adlcp:scormType="asset" href="b.html?x=1" type="webcontent"/>
                    <resource identifier="rc" adlcp:scormType="sco" href="kapittel%202/side.html" type="webcontent"/>
                  </resources>
                </manifest>""");
        List<ScoLaunch> launchables = manifest.launchables();
        assertEquals(List.of("i1", "i2", "i3"), launchables.stream().map(ScoLaunch::itemIdentifier).toList(),
                "only the default organisation, folders left out");
        assertEquals("a.html#start", launchables.get(0).launchPath());
        assertEquals(0.8, launchables.get(0).completionThreshold());
        assertEquals(1, launchables.get(0).depth());
        assertEquals("b.html?x=1&side=2", launchables.get(1).launchPath());
        assertFalse(launchables.get(1).sco(), "an asset");
        assertEquals(0, launchables.get(2).depth());
    }

    @Test
    void theVersionComesFromTheNamespacesWhenSchemaversionIsMissing() throws Exception {
        ScormManifest manifest = parse("""
                <manifest identifier="m" xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
                  <organizations><organization identifier="o"><title>T</title>
                    <item identifier="i" identifierref="r"><title>I</title></item></organization></organizations>
                  <resources><resource identifier="r" adlcp:scormtype="sco" href="a.html" type="webcontent"/></resources>
                </manifest>""");
        assertEquals(ScormVersion.SCORM_12, manifest.version());
        assertEquals("o", manifest.defaultOrganisationId(), "1.2 without default: the first organisation");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        List<String> problems = problems("""
                <manifest identifier="m" xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
                  <metadata><schemaversion>1.2</schemaversion></metadata>
                  <organizations default="o"><organization identifier="o"><title>T</title>
                    <item identifier="i1" identifierref="finnes-ikke"><title>A</title></item>
                    <item identifier="i2" identifierref="r-ut"><title>B</title></item>
                    <item identifier="i3" identifierref="r-url"><title>C</title></item>
                    <item identifier="i4" identifierref="r-borte"><title>D</title><adlcp:masteryscore>120</adlcp:masteryscore></item>
                    <item identifier="i4" identifierref="r-ok"></item>
                    <item identifier="i6" identifierref="r-rar"><title>F</title></item>
                  </organization></organizations>
                  <resources>
                    <resource identifier="r-ut" adlcp:scormtype="sco" href="../../etc/passwd" type="webcontent"/>
                    <resource identifier="r-url" adlcp:scormtype="sco" href="https://evil.example/x.html" type="webcontent"/>
                    <resource identifier="r-borte" adlcp:scormtype="sco" href="mangler.html" type="webcontent"/>
                    <resource identifier="r-ok" adlcp:scormtype="sco" href="a.html" type="webcontent"/>
                    <resource identifier="r-rar" adlcp:scormtype="noe" href="a.html" type="webcontent"/>
                  </resources>
                </manifest>""");
        assertTrue(problems.contains("scorm.manifest.unknownResource[i1, finnes-ikke]"), problems.toString());
        assertTrue(problems.contains("scorm.manifest.hrefOutsidePackage[r-ut, ../../etc/passwd]"), problems.toString());
        assertTrue(problems.contains("scorm.manifest.hrefOutsidePackage[r-url, https://evil.example/x.html]"), problems.toString());
        assertTrue(problems.contains("scorm.manifest.missingFile[r-borte, mangler.html]"), problems.toString());
        assertTrue(problems.contains("scorm.manifest.badMasteryScore[i4, 120]"), problems.toString());
        assertTrue(problems.contains("scorm.manifest.duplicateIdentifier[i4]"), problems.toString());
        assertTrue(problems.contains("scorm.manifest.missingTitle[i4]"), problems.toString());
        assertTrue(problems.contains("scorm.manifest.unknownScormType[r-rar, noe]"), problems.toString());
    }

    @Test
    void aDefaultOrganisationThatIsNotThereOrMissingIn2004IsAProblem() {
        String body = """
                <organizations %s><organization identifier="o"><title>T</title>
                  <item identifier="i" identifierref="r"><title>I</title></item></organization></organizations>
                <resources><resource identifier="r" adlcp:scormType="sco" href="a.html" type="webcontent"/></resources>
                </manifest>""";
        String head = """
                <manifest identifier="m" xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3">
                <metadata><schemaversion>2004 4th Edition</schemaversion></metadata>""";
        assertEquals(List.of("scorm.manifest.unknownDefaultOrganisation[annen]"),
                problems(head + body.formatted("default=\"annen\"")));
        assertEquals(List.of("scorm.manifest.noDefaultOrganisation[]"), problems(head + body.formatted("")));
    }

    @Test
    void aPackageWithoutOrganisationsOrSomethingToLaunchIsRefused() {
        assertEquals(List.of("scorm.manifest.noOrganisation[]"), problems("""
                <manifest identifier="m"><metadata><schemaversion>1.2</schemaversion></metadata>
                <organizations/><resources/></manifest>"""));
        assertEquals(List.of("scorm.manifest.emptyItem[i]"), problems("""
                <manifest identifier="m"><metadata><schemaversion>1.2</schemaversion></metadata>
                <organizations default="o"><organization identifier="o"><title>T</title>
                <item identifier="i"><title>I</title></item></organization></organizations><resources/></manifest>"""));
    }

    @Test
    void unknownVersionsAndOtherDocumentsAreRefused() {
        assertEquals(List.of("scorm.manifest.unsupportedVersion[1.1]"), problems("""
                <manifest identifier="m"><metadata><schemaversion>1.1</schemaversion></metadata></manifest>"""));
        assertEquals(List.of("scorm.manifest.unknownVersion[]"), problems("<manifest identifier=\"m\"/>"));
        assertEquals(List.of("scorm.manifest.notManifest[courseStructure]"), problems("<courseStructure/>"));
        List<String> notXml = problems("<manifest><organizations></manifest>");
        assertTrue(notXml.getFirst().startsWith("scorm.manifest.notXml[1, "), notXml.toString());
    }

    @Test
    void externalEntitiesAndDoctypesAreNeverRead() {
        assertEquals(List.of("scorm.manifest.doctype[]"), problems("""
                <?xml version="1.0"?>
                <!DOCTYPE manifest [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <manifest identifier="&xxe;"/>"""));
    }

    @Test
    void launchPathsStayInsideThePackage() {
        assertEquals("innhold/a.html", LaunchPaths.resolve("a.html", "./", "innhold/", "").orElseThrow());
        assertEquals("b.html", LaunchPaths.resolve("../b.html", "innhold").orElseThrow());
        assertEquals("a.html?x=1#y", LaunchPaths.resolve("./a.html?x=1#y").orElseThrow());
        assertTrue(LaunchPaths.resolve("../../b.html", "innhold").isEmpty());
        assertTrue(LaunchPaths.resolve("/etc/passwd").isEmpty());
        assertTrue(LaunchPaths.resolve("a.html", "http://example.org/").isEmpty());
        assertTrue(LaunchPaths.resolve("javascript:alert(1)").isEmpty());
        assertTrue(LaunchPaths.resolve("C:\\x.html").isEmpty());
        assertEquals("kapittel 2/side.html", LaunchPaths.filePart("kapittel%202/side.html?a=b"));
    }

    @Test
    void launchParametersFollowTheImsRule() {
        assertEquals("a.html?x=1", LaunchPaths.withParameters("a.html", "?x=1"));
        assertEquals("a.html?y=2&x=1", LaunchPaths.withParameters("a.html?y=2", "&x=1"));
        assertEquals("a.html?y=2&x=1", LaunchPaths.withParameters("a.html?y=2", "?x=1"));
        assertEquals("a.html#kap2", LaunchPaths.withParameters("a.html", "#kap2"));
        assertEquals("a.html#kap1", LaunchPaths.withParameters("a.html#kap1", "#kap2"), "a fragment is not replaced");
        assertEquals("a.html?x=1#f", LaunchPaths.withParameters("a.html#f", "x=1"));
        assertEquals("a.html", LaunchPaths.withParameters("a.html", "  "));
    }
}
