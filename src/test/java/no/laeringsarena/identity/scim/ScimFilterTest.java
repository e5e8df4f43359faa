package no.laeringsarena.identity.scim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScimFilterTest {

    private static ScimFilter users(String filter) {
        return ScimFilter.parse(filter, ScimFilter.USER_ATTRIBUTES);
    }

    private static String refusal(String filter) {
        ScimException e = assertThrows(ScimException.class, () -> users(filter));
        assertEquals(400, e.status());
        assertEquals("invalidFilter", e.scimType());
        return e.getMessage();
    }

    @Test
    void userNameEqualsAQuotedValue() {
        assertEquals(List.of(new ScimFilter.Comparison("userName", "kari.nordmann@kommune.no")),
                users("userName eq \"kari.nordmann@kommune.no\"").comparisons());
    }

    @Test
    void attributeNamesAndOperatorsIgnoreCaseAndTheSchemaPrefixIsAllowed() {
        assertEquals(List.of(new ScimFilter.Comparison("externalId", "A-17")), users("EXTERNALID EQ \"A-17\"").comparisons());
        assertEquals(List.of(new ScimFilter.Comparison("userName", "a@b.no")),
                users("urn:ietf:params:scim:schemas:core:2.0:User:userName eq \"a@b.no\"").comparisons());
    }

    @Test
    void comparisonsJoinWithAndAndValuesMayBeBooleansOrEscapedStrings() {
        assertEquals(List.of(new ScimFilter.Comparison("externalId", "x \"y\" \\z"), new ScimFilter.Comparison("active", true)),
                users("externalId eq \"x \\\"y\\\" \\\\z\" and active eq true").comparisons());
    }

    @Test
    void anythingElseIsRefusedAsInvalidFilter() {
        refusal("");
        refusal("userName");
        refusal("userName eq");
        refusal("userName co \"kari\"");
        refusal("userName eq kari@kommune.no");
        refusal("userName eq \"unterminated");
        refusal("password eq \"secret\"");
        refusal("userName eq \"a\" or userName eq \"b\"");
        refusal("(userName eq \"a\")");
        refusal("emails[type eq \"work\"]");
        assertEquals(true, refusal("title eq \"x\"").contains("title"), "the detail names the attribute");
    }

    @Test
    void groupsAreFilteredOnlyByDisplayNameOrId() {
        assertEquals(List.of(new ScimFilter.Comparison("displayName", "Sykehjem Nord")),
                ScimFilter.parse("displayName eq \"Sykehjem Nord\"", ScimFilter.GROUP_ATTRIBUTES).comparisons());
        assertThrows(ScimException.class, () -> ScimFilter.parse("userName eq \"a@b.no\"", ScimFilter.GROUP_ATTRIBUTES));
    }
}
