/**
 * Answer composition: the {@link dev.kabar.answer.Answer} value, composers and the decline rule.
 * May import {@code article}, {@code text} and {@code retrieval} ports; only {@code answer.llm}
 * imports LangChain4j.
 */
package dev.kabar.answer;
