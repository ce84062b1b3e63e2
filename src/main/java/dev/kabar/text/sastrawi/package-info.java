/**
 * Sastrawi's dictionary-based Indonesian stemmer, wrapped for the index-stemmer comparison. The only
 * package importing {@code jsastrawi}; may import the JDK only.
 */
package dev.kabar.text.sastrawi;
