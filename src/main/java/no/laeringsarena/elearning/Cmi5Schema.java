package no.laeringsarena.elearning;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXNotSupportedException;
import org.xml.sax.SAXParseException;

/**
 * Validates cmi5.xml against the cmi5 specification's course structure schema ({@code CourseStructure.xsd}, shipped
 * in the application's resources): the JDK's own validator, nothing fetched from the network or the disk (no external
 * DTDs or schemas, schema location hints ignored). The validator's English errors become bokmål sentences with the
 * line ({@code linje 12: elementet au mangler description …}), the first {@value #SHOWN} of them; errors about
 * attribute values that {@link Cmi5CourseStructure}'s own rules name more precisely (moveOn, launchMethod,
 * masteryScore, a missing id, an empty url) are left to those rules.
 */
final class Cmi5Schema {

    static final int SHOWN = 10;
    private static final Schema SCHEMA = load();
    private static final Pattern CODE = Pattern.compile("^(cvc-[A-Za-z.0-9-]+):");
    private static final Pattern QUOTED = Pattern.compile("'([^']*)'");
    private static final Pattern NAMESPACED = Pattern.compile("\"[^\"]*\":");
    private static final Pattern WILDCARD = Pattern.compile("WC\\[[^\\]]*\\]");
    /** Attributes whose values the rules check with their own messages. */
    private static final Set<String> RULED_ATTRIBUTES = Set.of("moveOn", "launchMethod", "masteryScore", "id");
    /** Errors always followed by cvc-attribute.3 or cvc-type.3.1.3, which name the attribute or element. */
    private static final Set<String> REPEATED = Set.of("cvc-enumeration-valid", "cvc-minInclusive-valid",
            "cvc-maxInclusive-valid", "cvc-datatype-valid.1.2.1", "cvc-datatype-valid.1.2.3", "cvc-minLength-valid");

    private Cmi5Schema() {
    }

    /** The schema's complaints about the document, in bokmål, at most {@value #SHOWN} and a count of the rest. */
    static List<ImportProblem> validate(byte[] xml) {
        List<ImportProblem> problems = new ArrayList<>();
        int[] more = {0};
        Validator validator = SCHEMA.newValidator();
        secure(validator);
        validator.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                // warnings (such as an ignored schema location) are not problems of the course structure
            }

            @Override
            public void error(SAXParseException e) {
                String text = norwegian(e.getMessage(), e.getLineNumber());
                if (text == null) {
                    return;
                }
                if (problems.size() < SHOWN) {
                    problems.add(ImportProblem.of(Cmi5Rule.SCHEMA, text));
                } else {
                    more[0]++;
                }
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXException {
                throw e;
            }
        });
        try {
            validator.validate(new StreamSource(new ByteArrayInputStream(xml)));
        } catch (SAXParseException e) {
            problems.add(ImportProblem.of(Cmi5Rule.NOT_XML, e.getMessage()));
        } catch (SAXException | IOException e) {
            problems.add(ImportProblem.of(Cmi5Rule.NOT_XML, e.getMessage()));
        }
        if (more[0] > 0) {
            problems.add(ImportProblem.of(Cmi5Rule.SCHEMA_MORE, Integer.toString(more[0])));
        }
        return List.copyOf(problems);
    }

    /** One validator message as a bokmål sentence with its line, or null if a rule says it better. */
    static String norwegian(String message, int line) {
        Matcher codeMatch = CODE.matcher(message == null ? "" : message);
        String where = "linje " + line + ": ";
        if (!codeMatch.find()) {
            return where + message;
        }
        String code = codeMatch.group(1);
        List<String> q = QUOTED.matcher(message).results()
                .map(r -> WILDCARD.matcher(NAMESPACED.matcher(r.group(1)).replaceAll(""))
                        .replaceAll("et element fra et annet navnerom (en utvidelse)").replace("{", "").replace("}", ""))
                .toList();
        if (REPEATED.contains(code)) {
            return null;
        }
        return switch (code) {
            case "cvc-complex-type.2.4.a" -> q.size() < 2 ? where + message
                    : where + "elementet " + q.get(0) + " står på feil sted; her skal det være " + or(q.get(1)) + ".";
            case "cvc-complex-type.2.4.b" -> q.size() >= 1 && q.get(0).equals("courseStructure") ? null // no course, no au
                    : q.size() < 2 ? where + message
                    : where + "elementet " + q.get(0) + " er ufullstendig; det mangler " + or(q.get(1)) + ".";
            case "cvc-complex-type.2.4.d" -> q.isEmpty() ? where + message
                    : where + "elementet " + q.get(0) + " er ikke tillatt her.";
            case "cvc-complex-type.2.3" -> q.isEmpty() ? where + message
                    : where + "elementet " + q.get(0) + " kan ikke inneholde tekst, bare andre elementer.";
            case "cvc-complex-type.3.2.2" -> q.size() < 2 ? where + message
                    : where + "attributtet " + q.get(1) + " er ikke tillatt på elementet " + q.get(0) + ".";
            case "cvc-complex-type.4" -> q.size() < 2 || RULED_ATTRIBUTES.contains(q.get(1)) ? null
                    : where + "elementet " + q.get(0) + " mangler attributtet " + q.get(1) + ".";
            case "cvc-attribute.3" -> q.size() < 3 || RULED_ATTRIBUTES.contains(q.get(1)) ? null
                    : where + "verdien «" + q.get(2) + "» av attributtet " + q.get(1) + " på " + q.get(0) + " er ugyldig.";
            case "cvc-type.3.1.3" -> q.size() >= 1 && q.get(0).equals("url") ? null : where + message;
            case "cvc-elt.1.a", "cvc-elt.1" -> q.isEmpty() ? where + message
                    : where + "elementet " + q.get(0) + " finnes ikke i cmi5-skjemaet.";
            default -> where + message;
        };
    }

    /** "a, b" from the validator becomes "a eller b". */
    private static String or(String expected) {
        String[] names = expected.split("\\s*,\\s*");
        if (names.length == 1) {
            return names[0];
        }
        return String.join(", ", java.util.Arrays.copyOf(names, names.length - 1)) + " eller " + names[names.length - 1];
    }

    private static void secure(Validator validator) {
        try {
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        } catch (SAXNotRecognizedException | SAXNotSupportedException e) {
            throw new IllegalStateException("the XML validator cannot be made safe", e);
        }
        try {
            // the instance's xsi:schemaLocation hints are never followed: only the shipped schema counts
            validator.setFeature("http://apache.org/xml/features/internal/validation/schema/use-grammar-pool-only", true);
        } catch (SAXNotRecognizedException | SAXNotSupportedException e) {
            // not every validator knows it; external schemas stay unreachable all the same
        }
    }

    private static Schema load() {
        try (InputStream xsd = Cmi5Schema.class.getResourceAsStream("CourseStructure.xsd")) {
            if (xsd == null) {
                throw new IllegalStateException("CourseStructure.xsd is missing from the application");
            }
            SchemaFactory factory = SchemaFactory.newDefaultInstance();
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            return factory.newSchema(new StreamSource(xsd));
        } catch (SAXException e) {
            throw new IllegalStateException("CourseStructure.xsd cannot be read", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
