package no.laeringsarena.learningrecord;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import no.laeringsarena.learningrecord.xapi.StatementQuery;
import org.junit.jupiter.api.Test;

class ActivityDefinitionsTest {

    private static JsonObject json(String text) {
        return StatementQuery.parseObject(text, "test");
    }

    @Test
    void newerPropertiesWinAndLanguagesGather() {
        JsonObject merged = ActivityDefinitions.merge(
                json("{\"type\":\"http://a/course\",\"name\":{\"nb\":\"Kurs\",\"en\":\"Course\"},\"moreInfo\":\"http://x\"}"),
                json("{\"type\":\"http://a/lesson\",\"name\":{\"nb\":\"Leksjon\",\"nn\":\"Leksjon\"},\"description\":{\"nb\":\"Om\"}}"));
        assertEquals(json("{\"type\":\"http://a/lesson\",\"name\":{\"nb\":\"Leksjon\",\"en\":\"Course\",\"nn\":\"Leksjon\"},"
                + "\"moreInfo\":\"http://x\",\"description\":{\"nb\":\"Om\"}}"), merged);
    }

    @Test
    void mergingInStepsGivesTheSameAsMergingTheBatchFirst() {
        JsonObject stored = json("{\"name\":{\"nb\":\"A\"},\"description\":{\"en\":\"d\"}}");
        JsonObject first = json("{\"name\":{\"en\":\"B\"},\"type\":\"t1\"}");
        JsonObject second = json("{\"name\":{\"nb\":\"C\"},\"type\":\"t2\",\"description\":{\"nb\":\"e\"}}");
        assertEquals(ActivityDefinitions.merge(ActivityDefinitions.merge(stored, first), second),
                ActivityDefinitions.merge(stored, ActivityDefinitions.merge(first, second)));
    }
}
