package dev.kabar.adapter.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.atomic.AtomicLong;

/** Real Bot API update JSON for tests (non-zero {@code date}, as Telegram sends). */
final class Updates {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final AtomicLong ids = new AtomicLong(100);

    ObjectNode text(long chatId, String text) {
        ObjectNode u = message(chatId, "private", null);
        m(u).put("text", text);
        return u;
    }

    ObjectNode groupText(long chatId, String text) {
        ObjectNode u = message(chatId, "supergroup", null);
        m(u).put("text", text);
        return u;
    }

    /** A message in a group from user {@code userId}. */
    ObjectNode groupText(long chatId, long userId, String text) {
        ObjectNode u = message(chatId, "supergroup", null);
        m(u).put("text", text).set("from", user(userId));
        return u;
    }

    ObjectNode groupReplyToBot(long chatId, String text) {
        ObjectNode u = message(chatId, "supergroup", null);
        ObjectNode m = m(u).put("text", text);
        ObjectNode replied = JSON.createObjectNode().put("message_id", 7).put("date", 1_700_000_000);
        replied.set("chat", JSON.createObjectNode().put("id", chatId).put("type", "supergroup"));
        replied.set("from", JSON.createObjectNode().put("id", FakeBotApi.BOT_ID).put("is_bot", true)
                .put("first_name", "Kabar"));
        m.set("reply_to_message", replied);
        return u;
    }

    ObjectNode sticker(long chatId) {
        ObjectNode u = message(chatId, "private", null);
        ObjectNode m = m(u);
        m.set("sticker", JSON.createObjectNode().put("file_id", "s1").put("file_unique_id", "u1").put("type", "regular")
                .put("width", 512).put("height", 512).put("is_animated", false).put("is_video", false));
        return u;
    }

    ObjectNode photo(long chatId) {
        ObjectNode u = message(chatId, "private", null);
        ObjectNode m = m(u);
        m.putArray("photo").addObject().put("file_id", "p1").put("file_unique_id", "u2").put("width", 90)
                .put("height", 90);
        return u;
    }

    ObjectNode voice(long chatId) {
        ObjectNode u = message(chatId, "private", null);
        ObjectNode m = m(u);
        m.set("voice", JSON.createObjectNode().put("file_id", "v1").put("file_unique_id", "u3").put("duration", 2));
        return u;
    }

    ObjectNode callback(long chatId, String data) {
        ObjectNode u = JSON.createObjectNode().put("update_id", ids.incrementAndGet());
        ObjectNode q = u.putObject("callback_query").put("id", "cb" + ids.get()).put("chat_instance", "ci")
                .put("data", data);
        q.set("from", user(chatId));
        ObjectNode m = q.putObject("message").put("message_id", 1001).put("date", 1_700_000_000);
        m.set("chat", JSON.createObjectNode().put("id", chatId).put("type", "private"));
        return u;
    }

    /** A new update with a message; callers add text or media to its message node. */
    private ObjectNode message(long chatId, String type, String username) {
        long id = ids.incrementAndGet();
        ObjectNode u = JSON.createObjectNode().put("update_id", id);
        ObjectNode m = u.putObject("message").put("message_id", (int) id).put("date", 1_700_000_000);
        ObjectNode chat = m.putObject("chat").put("id", chatId).put("type", type);
        if (username != null) {
            chat.put("username", username);
        }
        m.set("from", user(chatId));
        return u;
    }

    private static ObjectNode m(ObjectNode update) {
        return (ObjectNode) update.get("message");
    }

    private static ObjectNode user(long id) {
        return JSON.createObjectNode().put("id", Math.abs(id)).put("is_bot", false).put("first_name", "Ani")
                .put("language_code", "id");
    }
}
