package io.meetkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The BOM has no parent (so importing it brings nothing but meetkit's modules); this keeps it honest by reading
 * the poms of the build: same version as the parent, and every published module managed at that version.
 */
class BomTest {

    private static final Path ROOT = Path.of(System.getProperty("user.dir")).getParent();

    @Test
    void theBomManagesEveryPublishedModuleAtTheBuildsVersion() throws Exception {
        Document parent = read(ROOT.resolve("pom.xml"));
        Document bom = read(ROOT.resolve("bom/pom.xml"));
        String version = child(parent.getDocumentElement(), "version");
        assertThat(child(bom.getDocumentElement(), "version")).isEqualTo(version);
        assertThat(child(bom.getDocumentElement(), "parent")).as("the BOM inherits nothing").isEmpty();

        List<String> published = new ArrayList<>();
        NodeList modules = parent.getElementsByTagName("module");
        for (int i = 0; i < modules.getLength(); i++) {
            String module = modules.item(i).getTextContent().strip();
            if (module.equals("bom")) {
                continue;
            }
            Document pom = read(ROOT.resolve(module).resolve("pom.xml"));
            boolean skipped = pom.getElementsByTagName("maven.deploy.skip").getLength() > 0;
            if (!skipped) {
                published.add(child(pom.getDocumentElement(), "artifactId"));
            }
        }
        List<String> managed = new ArrayList<>();
        NodeList dependencies = bom.getElementsByTagName("dependency");
        for (int i = 0; i < dependencies.getLength(); i++) {
            Element d = (Element) dependencies.item(i);
            assertThat(child(d, "groupId")).isEqualTo("io.meetkit");
            assertThat(child(d, "version")).as(child(d, "artifactId")).isEqualTo(version);
            managed.add(child(d, "artifactId"));
        }
        assertThat(published).contains("meetkit-core", "meetkit-markdown", "meetkit-export");
        assertThat(managed).containsExactlyInAnyOrderElementsOf(published);
    }

    private static Document read(Path pom) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(pom.toFile());
    }

    /** The text of {@code element}'s direct child named {@code name}, or "" when it has none. */
    private static String child(Element element, String name) {
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e.getTextContent().strip();
            }
        }
        return "";
    }
}
