package no.laeringsarena.learningrecord.xapi;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Locale;
import java.util.Optional;

/**
 * Identity of Agents and Groups by their Inverse Functional Identifier: one string key per IFI, so equality of
 * agents becomes equality of keys ("mbox:mailto:a@b.no", "account:https://home|name", …).
 */
public final class Agents {

    public static final String[] IFIS = {"mbox", "mbox_sha1sum", "openid", "account"};

    private Agents() {
    }

    /** The key of the agent's or identified group's IFI; empty for an anonymous group. */
    public static Optional<String> key(JsonObject agent) {
        if (agent.containsKey("mbox") && agent.get("mbox").getValueType() == JsonValue.ValueType.STRING) {
            return Optional.of("mbox:" + normaliseMbox(agent.getString("mbox")));
        }
        if (agent.containsKey("mbox_sha1sum") && agent.get("mbox_sha1sum").getValueType() == JsonValue.ValueType.STRING) {
            return Optional.of("mbox_sha1sum:" + agent.getString("mbox_sha1sum").toLowerCase(Locale.ROOT));
        }
        if (agent.containsKey("openid") && agent.get("openid").getValueType() == JsonValue.ValueType.STRING) {
            return Optional.of("openid:" + agent.getString("openid"));
        }
        if (agent.containsKey("account") && agent.get("account").getValueType() == JsonValue.ValueType.OBJECT) {
            JsonObject account = agent.getJsonObject("account");
            return Optional.of("account:" + account.getString("homePage", "") + "|" + account.getString("name", ""));
        }
        return Optional.empty();
    }

    /** The key of an agent given as a query parameter: it must be an agent or group with exactly one IFI. */
    public static String requiredKey(JsonObject agent, String what) {
        StatementValidator.validateActor(agent, what);
        return key(agent).orElseThrow(() -> XapiException.badRequest(what + " must be identified (mbox, mbox_sha1sum, openid or account)"));
    }

    /** The domain part of an e-mail address is case-insensitive: keep the local part, lower-case the domain. */
    static String normaliseMbox(String mbox) {
        int at = mbox.lastIndexOf('@');
        return at < 0 ? mbox : mbox.substring(0, at) + mbox.substring(at).toLowerCase(Locale.ROOT);
    }
}
