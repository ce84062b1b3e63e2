/**
 * English questions read against Indonesian articles: a reader of dictd dictionaries (Debian's
 * {@code dict-freedict-eng-ind}, read from the system path the composition root names), English
 * base forms, and the {@code EnglishBridge} that turns English words and phrases into weighted
 * Indonesian alternatives — from the dictionary and from two small general tables bundled under
 * {@code dev/kabar/text/bilingual/} (news vocabulary the dictionary lacks; countries and their
 * demonyms). Never the bundled story's names: those stay in the alias table. JDK only.
 */
package dev.kabar.text.bilingual;
