import type { Decorator, Preview } from "@storybook/react-vite";
import "@nudge/ui/styles.css";

const withTheme: Decorator = (Story, context) => {
  const theme =
    (context.parameters.theme as string | undefined) ?? (context.globals.theme as string | undefined) ?? "light";
  const padding = context.parameters.layout === "fullscreen" ? 0 : 24;
  return (
    <div data-theme={theme} className="nudge-root" style={{ padding, minWidth: 320 }}>
      <Story />
    </div>
  );
};

const preview: Preview = {
  parameters: { layout: "centered", controls: { expanded: true } },
  globalTypes: {
    theme: {
      description: "Colour theme",
      toolbar: { title: "Theme", icon: "mirror", items: ["light", "dark"], dynamicTitle: true },
    },
  },
  initialGlobals: { theme: "light" },
  decorators: [withTheme],
};
export default preview;
