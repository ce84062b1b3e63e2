package dev.kabar.adapter.telegram;

/**
 * Who is asking and where.
 *
 * @param replyTo the message to reply to in groups, {@code null} in private chats
 */
record ChatContext(long chatId, long userId, Lang lang, Integer replyTo) {}
