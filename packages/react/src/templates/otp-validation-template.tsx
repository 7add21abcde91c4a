import type { ReactElement } from "react";
import { useStrings } from "../i18n/strings-context.js";
import { FormattedText } from "../markup/formatted-text.js";
import { PinForm } from "./pin-form.js";
import { recordsField, stringField } from "./read-fields.js";
import type { TemplateViewProps } from "./template-types.js";

/**
 * `otpValidationTemplate`: one masked field for a one-time code of `pinLength` digits,
 * labelled by `title`, described by `description` and `mobileNumber`. `otpButtons` gives the
 * submit button (`type: "submit"`, else the first) and the resend one (`type: "resend"`, else
 * the second: it sends its `payload`, after `resendText`). The code is sent as a secret
 * (see `PinForm`). Drawn in the conversation, even with `sliderView`.
 *
 * @example
 * <OtpValidationTemplate part={part} interactive onSend={send} />
 */
export function OtpValidationTemplate(props: TemplateViewProps): ReactElement {
  const strings = useStrings();
  const { payload } = props.part;
  const buttons = recordsField(payload, "otpButtons");
  const button = (type: string, index: number) =>
    buttons.find((item) => stringField(item, "type")?.toLowerCase() === type) ?? buttons[index];
  const resend = button("resend", 1);
  const resendBody = stringField(resend, "payload") ?? stringField(resend, "title");
  const description = stringField(payload, "description");
  const phone = stringField(payload, "mobileNumber");
  return (
    <PinForm
      {...props}
      className="kc-otp-template"
      labels={[stringField(payload, "title") ?? strings.otpTitle]}
      hint={
        description === undefined && phone === undefined ? undefined : (
          <>
            {description !== undefined && <FormattedText text={description} />}
            {description !== undefined && phone !== undefined && <br />}
            {phone !== undefined && <bdi>{phone}</bdi>}
          </>
        )
      }
      autoComplete="one-time-code"
      submitTitle={stringField(button("submit", 0), "title") ?? strings.submit}
      resend={
        resendBody === undefined
          ? undefined
          : {
              lead: stringField(payload, "resendText"),
              title: stringField(resend, "title") ?? strings.resendCode,
              body: resendBody,
            }
      }
    />
  );
}
