package org.handoutstudio.ui;

import java.util.List;
import java.util.Map;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.controlsfx.control.CheckComboBox;
import org.handoutstudio.library.Advice;
import org.handoutstudio.library.BodyRegion;
import org.handoutstudio.library.EditableText;
import org.handoutstudio.library.LibraryItem;
import org.handoutstudio.library.Provenance;

/** An advice section: its heading, a one-line summary, and its text in the editor's block format. */
final class AdviceFields implements ItemFields {

    private final FormGrid form = new FormGrid();
    private final TextField title;
    private final TextArea summary;
    private final CheckComboBox<BodyRegion> regions;
    private final TextArea blocks;
    private final TextArea keywords;

    AdviceFields(Advice advice) {
        title = form.text("title", "form.heading", advice.title());
        title.setId("formName");
        summary = form.area("summary", "form.summary", advice.summary(), 2);
        summary.setId("formSummary");
        regions = form.choices("bodyRegions", "form.regions", BodyRegion.values(), Messages::label, advice.bodyRegions());
        blocks = form.area("blocks", "form.blocks", EditableText.of(advice.blocks()), 14);
        blocks.setId("formBlocks");
        Tooltips.install(blocks, Messages.get("form.blocks.help"));
        keywords = form.lines("keywords", "form.keywords", advice.keywords(), 2);
    }

    @Override
    public FormGrid form() {
        return form;
    }

    @Override
    public TextField titleField() {
        return title;
    }

    @Override
    public LibraryItem read(String id, Provenance provenance, Map<String, String> unreadable) {
        return new Advice(id, FormGrid.textOf(title), FormGrid.textOf(summary),
                List.copyOf(regions.getCheckModel().getCheckedItems()), FormGrid.linesOf(keywords),
                EditableText.parse(blocks.getText()), provenance);
    }
}
