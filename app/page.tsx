import { redirect } from "next/navigation";
import { currentActor } from "@/lib/access/current-actor";

export default async function Home() {
  redirect((await currentActor()) ? "/orgs" : "/login");
}
