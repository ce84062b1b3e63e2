/**
 * Feed parsing with Rome: RSS 0.9x/2.0, Atom 1.0 and RSS 1.0/RDF, with DOCTYPEs (and so external
 * entities) refused. The only package that imports {@code com.rometools}.
 */
package dev.kabar.feed.rome;
