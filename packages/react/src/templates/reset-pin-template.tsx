import type { ReactElement } from "react";
import { useStrings } from "../i18n/strings-context.js";
import { PinForm } from "./pin-form.js";
import { recordsField, stringField } from "./read-fields.js";
import type { TemplateViewProps } from "./template-types.js";

/**
 * `resetPinTemplate`: `title` over two masked fields of `pinLength` digits, labelled
 * `enterPinTitle` and `reEnterPinTitle`; they must match, else `warningMessage` is announced.
 * The button is `resetButtons[0].title`; the new PIN is sent as a secret (see `PinForm`).
 * Drawn in the conversation, even with `sliderView`.
 *
 * @example
 * <ResetPinTemplate part={part} interactive onSend={send} />
 */
export function ResetPinTemplate(props: TemplateViewProps): ReactElement {
  const strings = useStrings();
  const { payload } = props.part;
  return (
    <PinForm
      {...props}
      className="kc-reset-pin-template"
      heading={stringField(payload, "title") ?? strings.resetPin}
      labels={[
        stringField(payload, "enterPinTitle") ?? strings.newPin,
        stringField(payload, "reEnterPinTitle") ?? strings.repeatPin,
      ]}
      autoComplete="off"
      submitTitle={stringField(recordsField(payload, "resetButtons")[0], "title") ?? strings.submit}
      mismatch={stringField(payload, "warningMessage") ?? strings.pinMismatch}
    />
  );
}
