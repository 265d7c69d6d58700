/**
 * Pure Slack renderings: core cards → Block Kit (always with fallback text, within Slack's
 * limits), button payloads, modal forms and the App Home view.
 */
import { describe, expect, it } from "vitest";
import { BUTTON_VALUE_LIMIT, decodeButtonValue, encodeButtonValue } from "../../adapters/slack/buttons.js";
import { formModal, formValues, readFormMetadata } from "../../adapters/slack/forms.js";
import { homeView } from "../../adapters/slack/home.js";
import { cardBlocks, renderMessage } from "../../adapters/slack/render.js";
import { type Card, cardMessage, cardToText } from "../../bot/cards.js";

const reception: Card = {
  title: "Reception",
  sections: [
    { heading: "Where", text: "UN Delegates Dining Room, 4th floor <GA building>" },
    {
      fields: [
        { label: "When", value: "Mon 4 Mar, 6:30 PM" },
        { label: "Host", value: "Co-chairs & Secretariat" },
      ],
    },
  ],
  buttons: [
    { actionId: "rsvp:answer", label: "Attending", value: "yes", style: "primary" },
    { actionId: "rsvp:answer", label: "Not attending", value: "no" },
  ],
  footer: "Times in New York time (EST)",
};

describe("renderMessage", () => {
  it("sends plain text as escaped text without blocks", () => {
    expect(renderMessage({ text: "Q&A <today> at 3 PM" })).toEqual({ text: "Q&amp;A &lt;today&gt; at 3 PM" });
  });

  it("renders a card as Block Kit with the core's fallback text", () => {
    const rendered = renderMessage(cardMessage(reception));
    expect(rendered.text).toBe(
      cardToText(reception).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;"),
    );
    expect(rendered.blocks).toEqual([
      { type: "header", text: { type: "plain_text", text: "Reception", emoji: true } },
      {
        type: "section",
        text: { type: "mrkdwn", text: "*Where*\nUN Delegates Dining Room, 4th floor &lt;GA building&gt;" },
      },
      {
        type: "section",
        fields: [
          { type: "mrkdwn", text: "*When*\nMon 4 Mar, 6:30 PM" },
          { type: "mrkdwn", text: "*Host*\nCo-chairs &amp; Secretariat" },
        ],
      },
      { type: "context", elements: [{ type: "mrkdwn", text: "Times in New York time (EST)" }] },
      {
        type: "actions",
        elements: [
          {
            type: "button",
            action_id: "0:rsvp:answer",
            text: { type: "plain_text", text: "Attending", emoji: true },
            value: '{"a":"rsvp:answer","v":"yes"}',
            style: "primary",
          },
          {
            type: "button",
            action_id: "1:rsvp:answer",
            text: { type: "plain_text", text: "Not attending", emoji: true },
            value: '{"a":"rsvp:answer","v":"no"}',
          },
        ],
      },
    ]);
  });

  it("keeps within Slack's limits: 3000-character sections, 10 fields, 25 buttons, 150-character headers, 50 blocks", () => {
    const long = Array.from({ length: 200 }, (_, index) => `Line ${index}: ${"x".repeat(40)}`).join("\n");
    const card: Card = {
      title: "T".repeat(151),
      sections: [
        { text: long },
        { fields: Array.from({ length: 12 }, (_, index) => ({ label: `F${index}`, value: "v" })) },
      ],
      buttons: Array.from({ length: 30 }, (_, index) => ({ actionId: `b${index}`, label: "L".repeat(80) })),
    };
    const blocks = cardBlocks(card) as unknown as Array<Record<string, unknown>>;
    expect(blocks[0]).toEqual({ type: "section", text: { type: "mrkdwn", text: `*${"T".repeat(151)}*` } });
    const texts = blocks.filter((block) => block.type === "section" && block.text).slice(1) as Array<{
      text: { text: string };
    }>;
    expect(texts.length).toBe(4);
    expect(texts.every((block) => block.text.text.length <= 3000)).toBe(true);
    expect(texts.map((block) => block.text.text).join("\n")).toBe(long);
    const fieldCounts = blocks
      .filter((block) => block.fields)
      .map((block) => (block.fields as unknown[]).length);
    expect(fieldCounts).toEqual([10, 2]);
    const actions = blocks.filter((block) => block.type === "actions") as Array<{
      elements: Array<{ text: { text: string } }>;
    }>;
    expect(actions.map((block) => block.elements.length)).toEqual([25, 5]);
    expect(actions[0]?.elements[0]?.text.text).toBe(`${"L".repeat(74)}…`);

    const huge: Card = { sections: Array.from({ length: 60 }, (_, index) => ({ text: `Session ${index}` })) };
    const cut = cardBlocks(huge);
    expect(cut).toHaveLength(50);
    expect(cut[49]).toEqual({
      type: "context",
      elements: [{ type: "mrkdwn", text: "(Shortened: this card is longer than this app can show.)" }],
    });
  });

  it("writes an indented field label or heading in bold without spaces inside the asterisks", () => {
    const blocks = cardBlocks({
      sections: [{ heading: " Message ", fields: [{ label: "  on slack", value: "2" }] }],
    }) as Array<{ text?: { text: string }; fields?: Array<{ text: string }> }>;
    expect(blocks[0]?.text?.text).toBe("*Message*");
    expect(blocks[1]?.fields?.[0]?.text).toBe("*on slack*\n2");
  });

  it("never splits an escape when cutting a long section", () => {
    const text = `${"a".repeat(2998)}&&&&`;
    const blocks = cardBlocks({ sections: [{ text }] }) as Array<{ text: { text: string } }>;
    expect(blocks.map((block) => block.text.text)).toEqual([`${"a".repeat(2998)}`, "&amp;&amp;&amp;&amp;"]);
  });
});

describe("button payloads", () => {
  it("round-trips an action id and value", () => {
    expect(decodeButtonValue(encodeButtonValue({ actionId: "poc:confirm", value: "FRA/technical" }))).toEqual(
      {
        actionId: "poc:confirm",
        value: "FRA/technical",
        form: undefined,
      },
    );
  });

  it("carries the card's form on the buttons of a card with inputs", () => {
    const blocks = cardBlocks({
      title: "Correct a field",
      sections: [],
      inputs: [
        {
          id: "phone",
          label: "Phone",
          placeholder: "+41 22 917 1234",
          initial: "+41 22 000 0000",
          optional: true,
        },
      ],
      buttons: [{ actionId: "poc:edit", label: "Edit", value: "phone" }],
    }) as Array<{ type: string; elements: Array<{ value: string; text?: string }> }>;
    expect(blocks[1]).toEqual({
      type: "context",
      elements: [{ type: "mrkdwn", text: "A form opens when you choose: Phone (optional)" }],
    });
    expect(decodeButtonValue(blocks[2]?.elements[0]?.value)).toEqual({
      actionId: "poc:edit",
      value: "phone",
      form: {
        title: "Correct a field",
        inputs: [
          {
            id: "phone",
            label: "Phone",
            placeholder: "+41 22 917 1234",
            initial: "+41 22 000 0000",
            multiline: undefined,
            optional: true,
          },
        ],
      },
    });
  });

  it("writes the words around a form in the reader's language, and carries it to the modal", () => {
    const blocks = renderMessage({
      text: "Réception",
      locale: "fr",
      card: {
        title: "Réception",
        sections: [],
        inputs: [{ id: "experts", label: "Experts", optional: true }],
        buttons: [{ actionId: "rsvp:answer", label: "Je participe", value: "yes" }],
      },
    }).blocks as Array<{ type: string; elements: Array<{ value: string; text?: string }> }>;
    expect(blocks[1]).toEqual({
      type: "context",
      elements: [
        { type: "mrkdwn", text: "Un formulaire s’ouvre quand vous choisissez : Experts (facultatif)" },
      ],
    });
    const form = decodeButtonValue(blocks[2]?.elements[0]?.value)?.form;
    expect(form?.locale).toBe("fr");
    const view = formModal(
      form ?? { inputs: [] },
      { actionId: "rsvp:answer", value: "yes", replyTo: "slack:T1/D2", isDirect: true },
      "Je participe",
    );
    expect(view.close).toEqual({ type: "plain_text", text: "Annuler" });
  });

  it("shrinks a large form to fit 2000 characters, dropping initial values first", () => {
    const inputs = Array.from({ length: 8 }, (_, index) => ({
      id: `f${index}`,
      label: `Field ${index}`,
      initial: "i".repeat(300),
    }));
    const value = encodeButtonValue({ actionId: "poc:edit", value: "all", form: { title: "POC", inputs } });
    expect(value.length).toBeLessThanOrEqual(BUTTON_VALUE_LIMIT);
    expect(
      decodeButtonValue(value)?.form?.inputs.map((input) => [input.id, input.label, input.initial]),
    ).toEqual(inputs.map((input) => [input.id, input.label, undefined]));
  });

  it.each([undefined, "", "yes", "{not json", '{"x":1}', '{"a":""}'])(
    "ignores a value that is not ours: %s",
    (raw) => {
      expect(decodeButtonValue(raw)).toBeUndefined();
    },
  );
});

describe("forms", () => {
  it("reads back the metadata a modal carries, and nothing else", () => {
    const view = formModal(
      { title: "A title longer than twenty-four characters", inputs: [{ id: "experts", label: "Experts" }] },
      { actionId: "rsvp:experts", value: "yes", replyTo: "slack:T1/C2/1709560900.000001", isDirect: false },
      "Attending",
    );
    expect(view.title).toEqual({ type: "plain_text", text: "A title longer than twe…" });
    expect(readFormMetadata(view.private_metadata)).toEqual({
      actionId: "rsvp:experts",
      value: "yes",
      replyTo: "slack:T1/C2/1709560900.000001",
      isDirect: false,
    });
    expect(readFormMetadata("")).toBeUndefined();
    expect(readFormMetadata('{"a":"x","to":"teams:1","d":true}')).toBeUndefined();
  });

  it("collects submitted values by input id, empty optional inputs as empty strings", () => {
    expect(
      formValues({
        experts: { value: { type: "plain_text_input", value: "2" } as { value: string } },
        names: { value: { type: "plain_text_input", value: null } as { value: null } },
      }),
    ).toEqual({ experts: "2", names: "" });
  });
});

describe("homeView", () => {
  it("renders a card, or text as one section", () => {
    expect(homeView({ text: "No sessions left today." })).toEqual({
      type: "home",
      blocks: [{ type: "section", text: { type: "mrkdwn", text: "No sessions left today." } }],
    });
    expect(homeView(cardMessage(reception)).blocks).toEqual(cardBlocks(reception, 100));
  });
});
