/**
  * {@code scripts/solr-local}: a real SolrCloud on loopback (Solr 9's {@code MiniSolrCloudCluster}
  * with an embedded ZooKeeper) for trying kabar's Solr backend and for its integration tests. Built
  * as its own Maven module, so Solr and its Lucene 9 never reach kabar's classpath.
  */
package dev.kabar.solrlocal;
