package org.handoutstudio.layout;

/**
 * One block of a handout (the masthead, an advice section, an exercise card, a safety-netting
 * box): it adds its slices, tied to their structure nodes, to the document's flow. A new kind of
 * block, or of exercise card, is a new class.
 */
interface Block {

    void compose(Flow flow);
}
