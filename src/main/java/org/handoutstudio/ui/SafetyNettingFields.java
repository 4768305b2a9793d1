package org.handoutstudio.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.controlsfx.control.CheckComboBox;
import org.handoutstudio.library.BodyRegion;
import org.handoutstudio.library.Condition;
import org.handoutstudio.library.LibraryItem;
import org.handoutstudio.library.Provenance;
import org.handoutstudio.library.SafetyNetting;

/** A safety-netting item: its title and introduction, then each tier's signs, what to do, how quickly and whom to contact. */
final class SafetyNettingFields implements ItemFields {

    private record TierFields(SafetyNetting.Section section, TextArea signs, TextArea whatToDo, TextArea howQuickly,
                              TextArea whoToContact) { }

    private final FormGrid form = new FormGrid();
    private final TextField title;
    private final TextArea summary;
    private final TextArea intro;
    private final CheckComboBox<BodyRegion> regions;
    private final CheckComboBox<Condition> conditions;
    private final TextArea keywords;
    private final List<TierFields> tiers = new ArrayList<>();

    SafetyNettingFields(SafetyNetting item) {
        title = form.text("title", "form.title", item.title());
        title.setId("formName");
        summary = form.area("summary", "form.summary", item.summary(), 2);
        intro = form.area("intro", "form.intro", item.intro(), 2);
        regions = form.choices("bodyRegions", "form.regions", BodyRegion.values(), Messages::label, item.bodyRegions());
        conditions = form.choices("conditions", "form.conditions", Condition.values(), Condition::words, item.conditions());
        for (int i = 0; i < item.sections().size(); i++) {
            SafetyNetting.Section section = item.sections().get(i);
            String path = "sections[" + i + "]";
            form.heading("form.tier." + section.tier().name());
            TextArea signs = form.lines(path + ".lookOutFor", "form.tier.signs", section.lookOutFor(), 4);
            signs.setId("formSigns-" + section.tier().name());
            TextArea what = form.area(path + ".whatToDo", "form.tier.whatToDo", section.whatToDo(), 2);
            TextArea when = form.area(path + ".howQuickly", "form.tier.howQuickly", section.howQuickly(), 2);
            TextArea who = form.area(path + ".whoToContact", "form.tier.whoToContact", section.whoToContact(), 2);
            tiers.add(new TierFields(section, signs, what, when, who));
        }
        keywords = form.lines("keywords", "form.keywords", item.keywords(), 2);
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
        List<SafetyNetting.Section> sections = tiers.stream().map(tier -> new SafetyNetting.Section(tier.section().tier(),
                FormGrid.linesOf(tier.signs()), FormGrid.textOf(tier.whatToDo()), FormGrid.textOf(tier.howQuickly()),
                FormGrid.textOf(tier.whoToContact()))).toList();
        return new SafetyNetting(id, FormGrid.textOf(title), FormGrid.textOf(summary),
                List.copyOf(regions.getCheckModel().getCheckedItems()), FormGrid.linesOf(keywords), FormGrid.textOf(intro),
                sections, List.copyOf(conditions.getCheckModel().getCheckedItems()), provenance);
    }
}
