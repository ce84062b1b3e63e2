/**
 * Model-written answers through LangChain4j: the only package that imports {@code dev.langchain4j}.
 * Whatever a model writes passes {@link dev.kabar.answer.check.CitationCheck} before anyone sees it; on
 * failure the extractive composer answers instead.
 */
package dev.kabar.answer.llm;
