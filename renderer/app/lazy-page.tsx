/**
 * Route-level code splitting: a page whose code is fetched the first time it is shown, so the first
 * load carries only the shell and the search screen. `preloadPages` fetches them all up front where
 * waiting would only get in the way (tests render a page and read it in the same tick).
 */
import { lazy, useState, type ComponentType } from 'react';

type Loader = () => Promise<ComponentType>;

const loaders: Array<() => Promise<void>> = [];

export function lazyPage(load: Loader): ComponentType {
  let loaded: ComponentType | null = null;
  const fetchPage = async (): Promise<{ default: ComponentType }> => {
    loaded ??= await load();
    return { default: loaded };
  };
  const Suspending = lazy(fetchPage);
  loaders.push(async () => void (await fetchPage()));
  function Page() {
    // Chosen once per mount: switching from the suspending wrapper to the loaded page on a later
    // render would remount it and lose its state.
    const [Component] = useState<ComponentType>(() => loaded ?? Suspending);
    return <Component />;
  }
  return Page;
}

export async function preloadPages(): Promise<void> {
  await Promise.all(loaders.map((loader) => loader()));
}
