package org.handoutstudio.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.handoutstudio.handout.Branding;
import org.handoutstudio.handout.Handout;
import org.handoutstudio.handout.HandoutItem;
import org.handoutstudio.io.RasterImages;
import org.handoutstudio.library.Advice;
import org.handoutstudio.library.Exercise;
import org.handoutstudio.library.Library;
import org.handoutstudio.library.LibraryItem;
import org.handoutstudio.library.SafetyNetting;

/**
 * Lays a handout out as pages: the masthead, then a block for each item in order (advice
 * sections, exercise cards, safety-netting boxes), a closing line, pagination, and each page's
 * header and footer. The result feeds both the PDF and the preview.
 */
public final class HandoutLayout {

    public static final String LANGUAGE = "en-GB";

    private final Handout handout;
    private final Library library;
    private final Branding branding;
    private final LayoutOptions options;
    private final LayoutContext context;
    private int exerciseNumber;

    private HandoutLayout(Handout handout, Library library, Branding branding, LayoutOptions options,
                          FigureSource figures) {
        this.handout = handout;
        this.library = library;
        this.branding = branding == null ? Branding.DEFAULT : branding;
        this.options = options;
        PageDesign design = new PageDesign(options.paper().width(), options.paper().height(), options.largePrint(),
                this.branding, options.inkSaver());
        this.context = new LayoutContext(design, this.branding, figures == null ? FigureSource.NONE : figures);
    }

    public static PageList layout(Handout handout, Library library, Branding branding, LayoutOptions options,
                                  FigureSource figures) {
        return new HandoutLayout(handout, library, branding, options, figures).run();
    }

    /**
     * Why the branding's logo cannot be printed, or empty when it can (or there is none). The
     * documented fallback is a handout without the logo; callers show this as a warning.
     */
    public static Optional<String> logoProblem(Branding branding) {
        return Masthead.logoProblem(branding);
    }

    /** Why the logo cannot be printed, as the failure (which says whether the file could be read at all). */
    public static Optional<RasterImages.ImageException> logoFailure(Branding branding) {
        return Masthead.logoFailure(branding);
    }

    private PageList run() {
        PageDesign design = context.design;
        Flow flow = new Flow(design, 0, design.contentWidth());
        new Masthead(context, handout).compose(flow);
        for (HandoutItem item : handout.items()) {
            blockFor(item).ifPresent(block -> block.compose(flow));
        }
        if (handout.moreInfoUrl() != null && !handout.moreInfoUrl().isBlank()) {
            StructNode more = context.root.add("Sect");
            flow.slices.add(LinkCode.of(context, more, handout.moreInfoUrl().strip(), PrintedWords.get("link.moreInfo"), 0,
                    design.contentWidth()).withSpaceBefore(design.space(18)));
        }
        flow.paragraph(context.root, InlineText.parse(PrintedWords.get("closing")), design.body(), design.space(18));
        new DiaryPage(context, handout, library, options.diaryWeeks()).compose(flow);

        Paginator paginator = new Paginator(design.marginLeft, design.bodyTop(), design.bodyBottom());
        paginator.placeAll(flow.slices);
        List<List<PageItem>> bodies = paginator.pages();
        PageFurniture furniture = new PageFurniture(design, handout, branding, library.contentVersion(),
                options.producedOn(), DocumentIdentity.nextReview(handout, library));
        List<Page> pages = new ArrayList<>(bodies.size());
        for (int i = 0; i < bodies.size(); i++) {
            pages.add(new Page(i + 1, furniture.around(bodies.get(i), i + 1, bodies.size())));
        }
        return new PageList(design.pageWidth, design.pageHeight,
                new PageList.Margins(design.marginTop, design.marginRight, design.marginBottom, design.marginLeft),
                pages, context.root, paginator.bookmarks(), InlineText.clean(handout.title()), LANGUAGE,
                DocumentIdentity.fixedId(handout, branding, options, library.contentVersion()));
    }

    /** The block that prints a handout item; empty for a reference the library lacks (validation reports those). */
    private Optional<Block> blockFor(HandoutItem item) {
        if (item.isFreeText()) {
            return Optional.of(new FreeTextSection(context, item));
        }
        Optional<LibraryItem> found = library.find(item.ref());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        LibraryItem libraryItem = found.get();
        if (libraryItem instanceof Advice advice) {
            return Optional.of(new AdviceSection(context, advice, item));
        }
        if (libraryItem instanceof Exercise exercise) {
            return Optional.of(ExerciseCards.card(options.layout(), context, exercise, item, ++exerciseNumber));
        }
        if (libraryItem instanceof SafetyNetting safety) {
            return Optional.of(new SafetyNettingSection(context, safety, item));
        }
        return Optional.empty();
    }
}
