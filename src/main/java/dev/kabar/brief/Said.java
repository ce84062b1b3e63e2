package dev.kabar.brief;

/** A quote found in a sentence, before numbering: who, in what role, said what. */
record Said(String speaker, String role, String quote, SourceSentence source) {}
