import type { TemplatePayload } from "./bot-turn.js";

/**
 * Demo payloads of the official SDK's newer templates (`cardTemplate`,
 * `advancedListTemplate`, `articleTemplate`, `checkListTemplate`) with its exact field names,
 * keyed by `template_type`. `media` is the demo media origin; postbacks are demo-bot commands.
 *
 * @example
 * sdkCardTemplates("https://example.com/kore-chat-demo").cardTemplate?.cards;
 */
export function sdkCardTemplates(media: string): Readonly<Record<string, TemplatePayload>> {
  return {
    cardTemplate: {
      template_type: "cardTemplate",
      cards: [
        {
          cardHeading: {
            title: "Flight KC 101",
            description: "Berlin to Lisbon · on time",
            icon: `${media}/flight.png`,
            headerExtraInfo: {
              type: "dropdown",
              dropdownOptions: [
                { type: "postback", title: "Change seat", payload: "show radioOptionTemplate" },
                { type: "postback", title: "Add a bag", payload: "show multi_select" },
              ],
            },
          },
          cardDescription: [
            { icon: `${media}/departure.png`, title: "Departs 10:40 · gate B12" },
            { icon: `${media}/arrival.png`, title: "Arrives 13:05 · terminal 1" },
          ],
          cardStyles: { "border-left": "4px solid #2155cd" },
          buttons: [
            { type: "postback", title: "Check in", payload: "show form_template" },
            { type: "web_url", title: "Boarding pass", url: `${media}/boarding-pass` },
          ],
        },
        {
          cardType: "list",
          cardHeading: { title: "Booking HX4Q2", description: "1 passenger", iconText: "HX" },
          cardDescription: [
            { description: "Passenger", title: "Alex Doe" },
            { description: "Seat", title: "14C" },
            { description: "Class", title: "Economy" },
          ],
          buttons: [{ type: "postback", title: "Show receipt", payload: "show table" }],
        },
      ],
    },
    advancedListTemplate: {
      template_type: "advancedListTemplate",
      title: "Upcoming meetings",
      description: "Your next meetings this week",
      isSortEnabled: false,
      isSearchEnabled: false,
      seeMore: true,
      listItemDisplayCount: 3,
      seeMoreTitle: "Show all meetings",
      listItems: [
        {
          icon: `${media}/meeting-design.png`,
          title: "Design review",
          description: "Today, 10:00 to 10:30",
          isAccordian: true,
          isCollapsed: false,
          headerOptions: [{ type: "text", value: "30 min" }, { type: "icon" }],
          view: "default",
          textInformation: [
            { icon: `${media}/room.png`, title: "Room 4.12, Berlin office" },
            { icon: `${media}/people.png`, title: "Sam, Priya and you" },
          ],
          buttonsLayout: { displayLimit: { count: 2 }, buttonAligment: "left" },
          buttons: [
            { type: "postback", title: "Reschedule", payload: "show dateTemplate" },
            { type: "postback", title: "Change time", payload: "show clockTemplate" },
            { type: "web_url", title: "Agenda", url: `${media}/agenda` },
          ],
        },
        {
          iconText: "R",
          title: "Book a room",
          description: "Pick the rooms for Friday's workshop",
          isAccordian: true,
          isCollapsed: true,
          view: "options",
          optionsData: [
            { type: "checkbox", label: "Room 4.12", value: "room-412" },
            { type: "checkbox", label: "Room 2.01", value: "room-201" },
            { type: "checkbox", label: "Roof terrace", value: "terrace" },
          ],
          buttons: [
            { btnType: "confirm", title: "Book" },
            { btnType: "cancel", title: "Cancel" },
          ],
        },
        {
          icon: `${media}/meeting-sync.png`,
          title: "Team sync",
          description: "Tomorrow, 09:00",
          type: "postback",
          payload: "show list",
          headerOptions: [
            { contenttype: "button", isStatus: true, title: "Accepted" },
            {
              type: "dropdown",
              dropdownOptions: [
                { type: "postback", title: "Decline", payload: "hello" },
                { type: "web_url", title: "Open calendar", url: `${media}/calendar` },
              ],
            },
          ],
        },
        {
          icon: `${media}/meeting-planning.png`,
          title: "Quarterly planning",
          description: "Thursday, 14:00 to 16:00",
          isAccordian: true,
          isCollapsed: true,
          view: "table",
          tableListData: [
            {
              rowData: [
                { title: "Organiser", description: "Sam" },
                { title: "Where", description: "Room 2.01" },
                { title: "Attendees", description: "12" },
              ],
            },
          ],
          buttons: [{ type: "postback", title: "Accept", payload: "hello" }],
        },
      ],
    },
    articleTemplate: {
      template_type: "articleTemplate",
      displayLimit: 2,
      seeMoreTitle: "Show more articles",
      elements: [
        {
          title: "Reset your password",
          description:
            "Open *Settings*, choose Security, then Reset password. We email you a link that works for 30 minutes; if it has expired, ask for a new one from the same page.",
          createdOn: "Created 12 Jan 2025",
          updatedOn: "Updated 3 Mar 2025",
          button: { type: "web_url", title: "Open article", url: `${media}/articles/password` },
        },
        {
          title: "Change your plan",
          description:
            "You can move to another plan at any time. The change starts with your next bill, and unused days are credited.",
          createdOn: "Created 2 Feb 2025",
          button: { type: "postback", title: "Compare plans", payload: "show radioOptionTemplate" },
        },
        {
          title: "Download your invoices",
          description: "Every invoice of the last two years is in Billing, as a PDF.",
          updatedOn: "Updated 20 May 2025",
          button: { type: "postback", title: "Get an invoice", payload: "show document" },
        },
      ],
    },
    checkListTemplate: {
      template_type: "checkListTemplate",
      title: "Your onboarding",
      elements: [
        {
          id: "account",
          title: "Set up your account",
          taskProgress: "100%",
          progressStyles: { fillColor: "#15803d" },
          subInformation: [
            { title: "Due", value: "2 June" },
            { title: "Owner", value: "You" },
          ],
          subElements: [
            { title: "Choose a password", values: [{ title: "Status", value: "Done" }] },
            { title: "Verify your email", values: [{ title: "Status", value: "Done" }] },
          ],
        },
        {
          id: "profile",
          title: "Complete your profile",
          taskProgress: "40%",
          default_action: {
            type: "postback",
            title: "Complete my profile",
            payload: "show form_template",
          },
          subInformation: [{ title: "Due", value: "9 June" }],
          subElements: [
            {
              title: "Add a photo",
              values: [{ title: "Status", value: "To do", icon: `${media}/todo.png` }],
              rightContent: {
                icon: `${media}/help.png`,
                default_action: { type: "url", title: "How to", url: `${media}/help/photo` },
              },
            },
            {
              title: "Pick your team",
              default_action: {
                type: "postback",
                title: "Pick my team",
                payload: "show dropdown_template",
              },
              values: [{ title: "Status", value: "In progress" }],
            },
          ],
        },
        {
          id: "tour",
          title: "Take the product tour",
          taskProgress: "0%",
          default_action: { type: "url", url: `${media}/tour` },
          subInformation: [{ title: "Takes", value: "5 minutes" }],
        },
      ],
    },
  };
}
