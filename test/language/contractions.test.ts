/**
 * tester11 S5: a Spanish acknowledgement read "su acuse de recibo de el mensaje del martes…":
 * Spanish writes "de el" as "del" and "a el" as "al". The contractions are data
 * (`contractions` in `locales/es/words.ts`), applied by `say` to every answer.
 */
import { describe, expect, it } from "vitest";
import { inflected, say } from "../../bot/language/messages.js";

describe("Spanish contractions", () => {
  it.each([
    ["su acuse de recibo de el mensaje", "su acuse de recibo del mensaje"],
    ["vaya a el salón", "vaya al salón"],
    ["A el final", "Al final"],
    ["De el martes", "Del martes"],
    // Unchanged: "El" of a name, "él" the pronoun, a word that only starts alike.
    ["la delegación de El Salvador", "la delegación de El Salvador"],
    ["de él", "de él"],
    ["de elecciones", "de elecciones"],
    ["para el mensaje", "para el mensaje"],
  ])("%s → %s", (text, wanted) => {
    expect(inflected("es", text)).toBe(wanted);
  });

  it("the broadcast acknowledgement's answer", () => {
    const label = say("es", "broadcast.waiting", { when: "martes, 5 de marzo, 8:15", text: "Recordatorio" });
    expect(say("es", "broadcast.recordedOf", { label })).toBe(
      "Gracias: su acuse de recibo del mensaje del martes, 5 de marzo, 8:15 («Recordatorio») ha quedado registrado.",
    );
  });

  it("other languages are left as they are", () => {
    expect(inflected("fr", "de el")).toBe("de el");
    expect(inflected("en", "a el")).toBe("a el");
  });
});
