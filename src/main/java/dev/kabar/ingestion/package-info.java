/**
 * Ingestion: reads a corpus (folder of {@code .txt}, or {@code .jsonl} in kabar's or IndoSum's
 * shape), removes page furniture by the rules in {@code config/furniture.txt}, detects title,
 * outlet, byline and date, and cuts passages. Per-file and per-line problems are counted in an
 * {@link dev.kabar.ingestion.IngestionReport}, never fatal. May import {@code dev.kabar.article},
 * {@code dev.kabar.text} and Jackson; nothing else of kabar.
 */
package dev.kabar.ingestion;
