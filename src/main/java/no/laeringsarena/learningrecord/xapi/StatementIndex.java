package no.laeringsarena.learningrecord.xapi;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.JsonValue.ValueType;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/**
 * What the LRS indexes of a (valid) statement to answer queries: the actor's key, the verb, the object's activity id,
 * agent key or referenced statement, the registration, and every activity id and agent key anywhere in it (for the
 * related_activities / related_agents filters), and the keys the agent filter matches (actor and object agent or
 * group, and the members of either).
 */
public record StatementIndex(String actorKey, String verbId, String objectActivityId, String objectAgentKey,
                             UUID objectStatementId, UUID voids, UUID registration,
                             Set<String> relatedActivities, Set<String> relatedAgents, Set<String> agentKeys) {

    public static StatementIndex of(JsonObject statement) {
        JsonObject actor = statement.getJsonObject("actor");
        String verbId = statement.getJsonObject("verb").getString("id");
        JsonObject object = statement.getJsonObject("object");
        String objectType = object.getString("objectType", "Activity");
        String activityId = "Activity".equals(objectType) ? object.getString("id") : null;
        String objectAgent = "Agent".equals(objectType) || "Group".equals(objectType)
                ? Agents.key(object).orElse(null) : null;
        UUID statementRef = "StatementRef".equals(objectType) ? UUID.fromString(object.getString("id")) : null;
        UUID voids = StatementValidator.VOIDED.equals(verbId) ? statementRef : null;
        JsonObject context = statement.getJsonObject("context");
        UUID registration = context != null && context.containsKey("registration")
                ? UUID.fromString(context.getString("registration")) : null;

        Set<String> activities = new LinkedHashSet<>();
        Set<String> agents = new LinkedHashSet<>();
        collect(statement, activities, agents);
        String actorKey = Agents.key(actor).orElseGet(() -> "group:" + actor.toString());
        Set<String> agentKeys = new LinkedHashSet<>();
        agent(actor, agentKeys);
        if ("Agent".equals(objectType) || "Group".equals(objectType)) {
            agent(object, agentKeys);
        }
        return new StatementIndex(actorKey, verbId, activityId, objectAgent, statementRef, voids, registration,
                activities, agents, agentKeys);
    }

    /** Actor, object, authority, instructor, team, context agents and activities, and all of a SubStatement's. */
    private static void collect(JsonObject statement, Set<String> activities, Set<String> agents) {
        agent(statement.get("actor"), agents);
        agent(statement.get("authority"), agents);
        JsonObject object = statement.getJsonObject("object");
        String objectType = object.getString("objectType", "Activity");
        switch (objectType) {
            case "Activity" -> activities.add(object.getString("id"));
            case "Agent", "Group" -> agent(object, agents);
            case "SubStatement" -> collect(object, activities, agents);
            default -> { }
        }
        JsonObject context = statement.getJsonObject("context");
        if (context == null) {
            return;
        }
        agent(context.get("instructor"), agents);
        agent(context.get("team"), agents);
        JsonObject contextActivities = context.getJsonObject("contextActivities");
        if (contextActivities != null) {
            for (JsonValue list : contextActivities.values()) {
                if (list.getValueType() == ValueType.OBJECT) {
                    activities.add(list.asJsonObject().getString("id"));
                } else {
                    for (JsonValue activity : list.asJsonArray()) {
                        activities.add(activity.asJsonObject().getString("id"));
                    }
                }
            }
        }
        relations(context.getJsonArray("contextAgents"), "agent", agents);
        relations(context.getJsonArray("contextGroups"), "group", agents);
    }

    private static void relations(JsonArray relations, String member, Set<String> agents) {
        if (relations != null) {
            for (JsonValue relation : relations) {
                agent(relation.asJsonObject().get(member), agents);
            }
        }
    }

    /** An agent or group counts by its own key; a group also counts for each of its members. */
    private static void agent(JsonValue value, Set<String> agents) {
        if (value == null || value.getValueType() != ValueType.OBJECT) {
            return;
        }
        JsonObject agent = value.asJsonObject();
        Agents.key(agent).ifPresent(agents::add);
        JsonArray members = agent.getJsonArray("member");
        if (members != null) {
            for (JsonValue member : members) {
                Agents.key(member.asJsonObject()).ifPresent(agents::add);
            }
        }
    }
}
