import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/svelte';

// waitFor and findBy* wait for what the user would see, not for a time: their limit is only how
// long to wait before calling it a failure, generous so that a machine with both cores busy (CI
// running Lighthouse beside the suite, say) fails only on what is wrong.
configure({ asyncUtilTimeout: 15_000 });
