package dev.kabar.answer.decline;

/**
 * Decides whether the evidence of a would-be answer is too weak to answer with. The composer asks
 * once per answer that passed the hard rules; {@link DeclineModel} is the one kabar ships, and the
 * training tool passes one that records the evidence instead.
 */
@FunctionalInterface
public interface DeclineJudge {

    boolean declines(DeclineEvidence evidence);
}
