/**
 * Answer composition's values and ports: the sealed {@link dev.kabar.answer.Answer} (grounded |
 * declined), {@link dev.kabar.answer.Citation}, {@link dev.kabar.answer.Composition} with the
 * citation check's {@link dev.kabar.answer.CheckReport}, and the ports
 * {@link dev.kabar.answer.AnswerComposer} and {@link dev.kabar.answer.QueryRewriter} — what chat,
 * the adapters and eval see. The pipeline behind them lives in the sub-packages: {@code question}
 * (reading a question), {@code extractive} (candidates, scoring, selection, writing),
 * {@code decline} (when not to answer), {@code check} (checking a model's draft) and {@code llm}.
 *
 * <p>May import {@code article}, {@code text} and the {@code retrieval} ports; never a sub-package
 * (they import this one). Only {@code answer.llm} imports LangChain4j.
 */
package dev.kabar.answer;
