package dev.kabar.retrieval.solr;

import java.util.Map;
import java.util.Set;
import org.apache.solr.client.solrj.request.CoreAdminRequest;
import org.apache.solr.common.params.CoreAdminParams;
import org.apache.solr.common.util.NamedList;

/** How much disk a collection's cores take: CoreAdmin {@code STATUS} on every node, every replica counted. */
final class CoreSizes {

    private CoreSizes() {}

    /** The index bytes of the cores of {@code collections}, summed over every node. */
    static long bytes(SolrNodes nodes, Set<String> collections) {
        long bytes = 0;
        for (String url : nodes.urls()) {
            NamedList<Object> status = nodes.on(url, status()).getResponse();
            if (status.get("status") instanceof NamedList<?> cores) {
                for (Map.Entry<String, ?> core : cores) {
                    bytes += coreBytes(core.getValue(), collections);
                }
            }
        }
        return bytes;
    }

    private static CoreAdminRequest status() {
        CoreAdminRequest r = new CoreAdminRequest();
        r.setAction(CoreAdminParams.CoreAdminAction.STATUS);
        return r;
    }

    private static long coreBytes(Object core, Set<String> collections) {
        if (core instanceof NamedList<?> c && c.get("cloud") instanceof NamedList<?> cloud
                && collections.contains(String.valueOf(cloud.get("collection"))) && c.get("index") instanceof NamedList<?> index
                && index.get("sizeInBytes") instanceof Number n) {
            return n.longValue();
        }
        return 0;
    }
}
