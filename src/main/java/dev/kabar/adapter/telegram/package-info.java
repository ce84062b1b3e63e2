/**
 * The Telegram adapter on TelegramBots 10 (its OkHttp client; kabar's own polling loop, or a
 * webhook handler the web server reaches through {@link dev.kabar.chat.Webhooks}): sends questions
 * and briefing topics through the chat's {@link dev.kabar.chat.FrontDoor}, limited per chat, and
 * turns its refusals into replies; renders cited answers as escaped HTML with a button per
 * citation, and keeps delivery reliable (persisted offset, 429 and network retries). Its sentences
 * come from {@link dev.kabar.chat.Messages}. The only package that imports {@code org.telegram}.
 */
package dev.kabar.adapter.telegram;
