import { z } from "zod";

export const PASSWORD_MIN_LENGTH = 10;

export const signUpInput = z.object({
  name: z.string().trim().min(1, "Enter your name").max(120, "Name must be at most 120 characters"),
  email: z.email("Enter a valid email address").trim().toLowerCase(),
  password: z
    .string()
    .min(PASSWORD_MIN_LENGTH, `Password must be at least ${PASSWORD_MIN_LENGTH} characters`)
    .max(200, "Password must be at most 200 characters"),
  invitation: z.string().max(200).optional(),
});

export const signInInput = z.object({
  email: z.string().trim().toLowerCase().max(320),
  password: z.string().max(200),
});

export type SignUpInput = z.infer<typeof signUpInput>;
