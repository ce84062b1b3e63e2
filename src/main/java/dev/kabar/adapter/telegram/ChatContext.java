package dev.kabar.adapter.telegram;

import dev.kabar.text.Language;

/**
 * Who is asking and where.
 *
 * @param replyTo the message to reply to in groups, {@code null} in private chats
 */
record ChatContext(long chatId, long userId, Language lang, Integer replyTo) {}
