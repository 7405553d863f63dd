"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { currentNavHref, type NavLink } from "@/lib/access/navigation";

export function NavLinks({ items }: { items: NavLink[] }) {
  const pathname = usePathname();
  const current = currentNavHref(items, pathname);
  return (
    <nav aria-label="Main" className="nav">
      {items.map((item) => (
        <Link key={item.href} href={item.href} aria-current={item.href === current ? "page" : undefined}>
          {item.label}
        </Link>
      ))}
    </nav>
  );
}
