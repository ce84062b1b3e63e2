/**
 * The values every layer shares: articles, their metadata and passages. JDK only; imports nothing
 * else of kabar.
 */
package dev.kabar.article;
