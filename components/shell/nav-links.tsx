"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { currentNavHref, type NavLink } from "@/lib/access/navigation";

/**
 * The main navigation. Its links are not prefetched: every page here is dynamic, and prefetching a dozen of
 * them on each page load kept a phone's main thread busy while the page itself was still coming in.
 */
export function NavLinks({ items }: { items: NavLink[] }) {
  const pathname = usePathname();
  const current = currentNavHref(items, pathname);
  return (
    <nav aria-label="Main" className="nav">
      {items.map((item) => (
        <Link
          key={item.href}
          href={item.href}
          prefetch={false}
          aria-current={item.href === current ? "page" : undefined}
        >
          {item.label}
        </Link>
      ))}
    </nav>
  );
}
