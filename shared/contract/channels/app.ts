/** The app itself: its version and host, and this device's settings (the interface language). */
import { z } from 'zod';
import { appInfoSchema, settingsSchema, type ChannelGroup } from '../schemas';

export const appChannels = {
  'app.info': { input: z.object({}), output: appInfoSchema },
  'settings.get': { input: z.object({}), output: settingsSchema },
  'settings.update': { input: settingsSchema.partial(), output: settingsSchema },
} as const satisfies ChannelGroup;
