/**
 * The Telegram adapter on TelegramBots 10 (its OkHttp client; kabar's own polling loop, or a
 * webhook handler the web server reaches through {@link dev.kabar.chat.Webhooks}): routes updates to
 * the {@link dev.kabar.chat.AskService}, renders cited answers as escaped HTML with a button per
 * citation, and keeps delivery reliable (persisted offset, 429 and network retries, rate limit).
 * The only package that imports {@code org.telegram}.
 */
package dev.kabar.adapter.telegram;
