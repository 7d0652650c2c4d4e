package org.exportalliance.portal.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.Yaml;

/**
 * The part of kustomize deploy/k8s uses, applied in a test: resources (files or other kustomizations), common labels
 * (on metadata only, as {@code labels: pairs} without selectors), namespace, image tags and JSON patches that
 * replace a value. Anything else in a kustomization fails the test, so the manifests cannot outgrow this reader.
 */
final class Kustomization {

    private Kustomization() {}

    /** The documents a kustomization directory renders to. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> render(Path dir) {
        Map<String, Object> k = load(dir.resolve("kustomization.yaml")).getFirst();
        for (String key : k.keySet()) {
            if (!List.of("apiVersion", "kind", "labels", "resources", "namespace", "images", "patches").contains(key)) {
                throw new AssertionError(dir + ": kustomization field '" + key + "' is not understood by this test");
            }
        }
        List<Map<String, Object>> docs = new ArrayList<>();
        for (String resource : (List<String>) k.getOrDefault("resources", List.of())) {
            Path path = dir.resolve(resource).normalize();
            docs.addAll(Files.isDirectory(path) ? render(path) : load(path));
        }
        for (Map<String, Object> labels : (List<Map<String, Object>>) k.getOrDefault("labels", List.of())) {
            docs.forEach(d -> metadata(d).computeIfAbsent("labels", x -> new LinkedHashMap<>()));
            docs.forEach(d -> ((Map<String, Object>) metadata(d).get("labels"))
                    .putAll((Map<String, Object>) labels.get("pairs")));
        }
        if (k.get("namespace") instanceof String namespace) {
            docs.forEach(d -> metadata(d).put("namespace", namespace));
        }
        for (Map<String, Object> image : (List<Map<String, Object>>) k.getOrDefault("images", List.of())) {
            docs.stream().filter(d -> "Deployment".equals(d.get("kind"))).forEach(d -> containers(d).forEach(c -> {
                String name = ((String) c.get("image")).split(":")[0];
                if (name.equals(image.get("name"))) {
                    c.put("image", image.getOrDefault("newName", name) + ":" + image.get("newTag"));
                }
            }));
        }
        for (Map<String, Object> patch : (List<Map<String, Object>>) k.getOrDefault("patches", List.of())) {
            Map<String, Object> target = (Map<String, Object>) patch.get("target");
            List<Map<String, Object>> ops = new Yaml().load((String) patch.get("patch"));
            docs.stream().filter(d -> d.get("kind").equals(target.get("kind"))
                    && metadata(d).get("name").equals(target.get("name"))).forEach(d -> ops.forEach(op -> {
                        if (!"replace".equals(op.get("op"))) {
                            throw new AssertionError("patch op " + op.get("op") + " is not understood by this test");
                        }
                        replace(d, (String) op.get("path"), op.get("value"));
                    }));
        }
        return docs;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> metadata(Map<String, Object> doc) {
        return (Map<String, Object>) doc.get("metadata");
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> containers(Map<String, Object> deployment) {
        return (List<Map<String, Object>>) at(deployment, "/spec/template/spec/containers");
    }

    /** The value at a JSON pointer of maps and lists. */
    @SuppressWarnings("unchecked")
    static Object at(Object node, String pointer) {
        Object current = node;
        for (String part : pointer.substring(1).split("/")) {
            current = current instanceof List<?> list ? list.get(Integer.parseInt(part))
                    : ((Map<String, Object>) current).get(part);
            if (current == null) {
                throw new AssertionError("nothing at " + pointer);
            }
        }
        return current;
    }

    @SuppressWarnings("unchecked")
    private static void replace(Map<String, Object> doc, String pointer, Object value) {
        int last = pointer.lastIndexOf('/');
        Map<String, Object> parent = (Map<String, Object>) at(doc, pointer.substring(0, last));
        if (!parent.containsKey(pointer.substring(last + 1))) {
            throw new AssertionError("replace: nothing at " + pointer);
        }
        parent.put(pointer.substring(last + 1), value);
    }

    private static List<Map<String, Object>> load(Path file) {
        try {
            List<Map<String, Object>> docs = new ArrayList<>();
            for (Object doc : new Yaml().loadAll(Files.readString(file))) {
                if (doc != null) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> map = (Map<String, Object>) doc;
                    docs.add(map);
                }
            }
            return docs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
