package dev.plaza.atproto.car;

import dev.plaza.atproto.AtprotoException;
import dev.plaza.atproto.cbor.DagCbor;
import dev.plaza.atproto.cbor.DagValue;
import dev.plaza.atproto.cid.Cid;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A CAR v1 header, the DAG-CBOR map {version: 1, roots: [cid…]} (CARv1 spec, "header"). */
final class CarHeader {

    private static final long VERSION = 1;

    private CarHeader() {
    }

    static byte[] encode(List<Cid> roots) {
        List<DagValue> links = roots.stream().<DagValue>map(DagValue.Link::new).toList();
        return DagCbor.encode(new DagValue.Map(Map.of(
                "version", new DagValue.Int(VERSION),
                "roots", new DagValue.List(links))));
    }

    /** The roots of a header; refuses anything but a CAR v1 header. Roots may be empty, as IPLD's CAR readers allow. */
    static List<Cid> roots(byte[] header) {
        DagValue value;
        try {
            value = DagCbor.decode(header);
        } catch (AtprotoException e) {
            throw new AtprotoException("the CAR header is not DAG-CBOR: " + e.getMessage(), e);
        }
        if (!(value instanceof DagValue.Map map)) {
            throw new AtprotoException("the CAR header is %s, not a map".formatted(value.kind()));
        }
        try {
            long version = map.integer("version").orElseThrow(() -> new AtprotoException("it has no version"));
            if (version != VERSION) {
                throw new AtprotoException("it is version %d; Plaza reads CAR v1".formatted(version));
            }
            DagValue.List roots = map.list("roots").orElseThrow(() -> new AtprotoException("it has no roots"));
            List<Cid> cids = new ArrayList<>(roots.items().size());
            for (DagValue root : roots.items()) {
                if (!(root instanceof DagValue.Link link)) {
                    throw new AtprotoException("a root is %s, not a CID link".formatted(root.kind()));
                }
                cids.add(link.cid());
            }
            return List.copyOf(cids);
        } catch (AtprotoException e) {
            throw new AtprotoException("the CAR header is not CAR v1: " + e.getMessage(), e);
        }
    }
}
